"""Trust: no silently wrong number and no unit silently left out (docs/commands.md, "Which
files a run reads" and "Where criteria sets are found").

Each test here failed on the code before it: the run exited 0 with a number that was wrong or
a unit missing, or printed the same line a hundred times.
"""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from par_cli.cli import app

REPO = Path(__file__).resolve().parent.parent
SHIPPED_2022 = REPO / "criteria" / "par-province-2022.yaml"
PROVINCES_2023 = REPO / "examples" / "provinces" / "2023"

runner = CliRunner()


def par(*args: str | Path) -> Result:
    result = runner.invoke(app, [str(a) for a in args], env={"NO_COLOR": "1"})
    assert "Traceback" not in result.stderr, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def as_json(text: str) -> Any:
    return json.loads(text, parse_float=Decimal)


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An office's working folder: a copy of the 2023 submissions and a ./criteria/ folder."""
    shutil.copytree(PROVINCES_2023, tmp_path / "2023")
    (tmp_path / "criteria").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def band_counts(result: Result) -> dict[str, int]:
    assert result.exit_code == 0, result.stderr
    units = as_json(result.stdout)["units"]
    counts: dict[str, int] = {}
    for unit in units:
        counts[unit["band"]] = counts.get(unit["band"], 0) + 1
    return counts


# ---- 1. criteria lookup never falls back silently --------------------------------------------


@pytest.mark.parametrize(("broken", "rule"), [
    (("rank_on: exact", "rankon: exact"), "schema"),
    (("title_vi: Chỉ số", "title_vi: \"Chỉ số"), "yaml-syntax"),
], ids=["misspelt-field", "unterminated-quote"])
def test_a_local_criteria_file_that_fails_to_load_stops_the_run(
        office: Path, broken: tuple[str, str], rule: str) -> None:
    text = SHIPPED_2022.read_text(encoding="utf-8").replace(*broken, 1)
    (office / "criteria" / "par-province-2022.yaml").write_text(text, encoding="utf-8")
    result = par("score", "2023", "-f", "json")
    assert result.exit_code == 1, result.stdout[:200]
    assert result.stdout == ""
    assert "criteria/par-province-2022.yaml:" in result.stderr
    assert f"[{rule}]" in result.stderr
    assert "never falls back to a shipped set" in result.stderr


def test_two_local_files_with_one_id_are_a_duplicate_set_naming_both(office: Path) -> None:
    text = SHIPPED_2022.read_text(encoding="utf-8")
    (office / "criteria" / "a-copy.yaml").write_text(text, encoding="utf-8")
    (office / "criteria" / "b-backup.yaml").write_text(
        text.replace("  - {name: A, min: 90}", "  - {name: A, min: 80}"), encoding="utf-8")
    result = par("score", "2023")
    assert result.exit_code == 1
    line = next(x for x in result.stderr.splitlines() if "[duplicate-set]" in x)
    assert "b-backup.yaml" in line and "a-copy.yaml" in line


def test_results_do_not_depend_on_file_names(office: Path) -> None:
    """Renaming a backup file must not change the ranking: two sets with one id are refused
    whatever their names."""
    text = SHIPPED_2022.read_text(encoding="utf-8")
    edited = text.replace("  - {name: A, min: 90}", "  - {name: A, min: 80}")
    for first, second in (("a.yaml", "z.yaml"), ("z.yaml", "a.yaml")):
        for old in (office / "criteria").iterdir():
            old.unlink()
        (office / "criteria" / first).write_text(text, encoding="utf-8")
        (office / "criteria" / second).write_text(edited, encoding="utf-8")
        result = par("score", "2023")
        assert result.exit_code == 1 and "[duplicate-set]" in result.stderr


def test_a_local_set_that_differs_from_the_shipped_one_is_named_in_a_note(office: Path) -> None:
    text = SHIPPED_2022.read_text(encoding="utf-8")
    (office / "criteria" / "mine.yaml").write_text(
        text.replace("  - {name: A, min: 90}", "  - {name: A, min: 85}"), encoding="utf-8")
    result = par("score", "2023", "-f", "json")
    assert band_counts(result)["A"] > 6  # the local set is used, on purpose
    assert "criteria set 'par-province-2022' is read from" in result.stderr
    assert "mine.yaml" in result.stderr


def test_an_identical_local_copy_is_not_noted(office: Path) -> None:
    shutil.copy(SHIPPED_2022, office / "criteria" / "par-province-2022.yaml")
    result = par("score", "2023", "-f", "json")
    assert band_counts(result) == {"A": 6, "B": 57}
    assert "is read from" not in result.stderr


# ---- 2. no unit drops out of the ranking -----------------------------------------------------


def test_a_misspelt_format_key_in_one_of_63_is_an_error_for_check_too(office: Path) -> None:
    path = office / "2023" / "long-an.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("format:", "Format:", 1),
                    encoding="utf-8")
    for command in ("score", "check"):
        result = par(command, "2023")
        assert result.exit_code == 1, command
        assert "long-an.yaml:" in result.stderr + result.stdout
        assert "[missing-format]" in result.stderr + result.stdout


def test_left_out_files_are_counted_per_reason_in_one_note_each(office: Path) -> None:
    shutil.copy(office / "2023" / "long-an.yaml", office / "2023" / ".long-an.yaml")
    (office / "2023" / "long-an.xlsx").write_bytes(b"PK\x03\x04")
    (office / "2023" / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    result = par("score", "2023", "-f", "json")
    assert result.exit_code == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if line.startswith("left out")]
    assert len(notes) == 3, notes
    assert any(".long-an.yaml" in n and "hidden" in n for n in notes)
    assert any("long-an.xlsx" in n and "par import" in n for n in notes)
    assert any("mkdocs.yml" in n for n in notes)
    assert len(as_json(result.stdout)["units"]) == 63


def test_exclude_leaves_out_on_purpose_and_says_so(office: Path) -> None:
    result = par("score", "2023", "-f", "json", "--exclude", "long-an.yaml")
    assert result.exit_code == 0, result.stderr
    assert "matching --exclude: 2023/long-an.yaml" in result.stderr
    assert "long-an" not in [u["unit"] for u in as_json(result.stdout)["units"]]


# ---- bad inputs: mixed runs, a set nobody can find, compare's closing line -------------------


def test_a_mixed_run_names_the_files_of_each_side_smaller_first(office: Path) -> None:
    path = office / "2023" / "long-an.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("year: 2023", "year: 2022", 1),
                    encoding="utf-8")
    result = par("score", "2023")
    assert result.exit_code == 1
    error = result.stderr.strip().splitlines()[-1]
    assert "[mixed-run]" in error
    assert error.index("par-province-2022 2022: 1 file(s) (2023/long-an.yaml)") < error.index(
        "par-province-2022 2023: 62 file(s)")


def test_a_set_no_file_can_find_is_one_error_with_the_count(office: Path) -> None:
    for path in (office / "2023").glob("*.yaml"):
        path.write_text(path.read_text(encoding="utf-8").replace(
            "criteria: par-province-2022", "criteria: par-province-2032", 1), encoding="utf-8")
    result = par("score", "2023")
    assert result.exit_code == 1
    lines = [x for x in result.stderr.splitlines() if "[unknown-criteria-set]" in x]
    assert len(lines) == 1, lines
    assert "63 files ask for it" in lines[0]


def test_compare_names_each_side_once_in_its_closing_line(office: Path) -> None:
    path = office / "2023" / "long-an.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"1": ', '"1": 99 #', 1),
                    encoding="utf-8")
    result = par("compare", "2023", "2023")
    assert result.exit_code == 1
    closing = result.stderr.strip().splitlines()[-1]
    assert closing.startswith("par: error: 2023: ")
    assert closing.count("2023: ") == 1, closing
