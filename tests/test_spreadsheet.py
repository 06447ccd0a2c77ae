"""Spreadsheets: xlsx output reads back, and template → fill → import → score round-trips."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from helpers import as_json, cli

from par_cli.catalog import build_catalog
from par_cli.models import Rule
from par_cli.template import leaf_rows

pytestmark = pytest.mark.usefixtures("at_repo_root")


def test_score_xlsx_reads_back_with_numbers(tmp_path: Path) -> None:
    target = tmp_path / "2023.xlsx"
    code, out, err = cli("score", "examples/provinces/2023", "-f", "xlsx", "-o", str(target))
    assert code == 0, err
    assert out == ""
    book = openpyxl.load_workbook(target)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[:8] == ["rank", "unit", "name", "name_vi", "points", "max", "index", "band"]
    rows = {row[1]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    long_an = rows["long-an"]
    assert long_an[0] == 8
    assert isinstance(long_an[6], float) and f"{long_an[6]:.2f}" == "89.22"
    assert sheet["G2"].number_format == "0.00"
    assert book.sheetnames[1] == "methods"


def test_compare_and_audit_xlsx(tmp_path: Path) -> None:
    target = tmp_path / "c.xlsx"
    code, _, err = cli("compare", "examples/provinces/2022", "examples/provinces/2023",
                       "-f", "xlsx", "-o", str(target))
    assert code == 0, err
    assert openpyxl.load_workbook(target).sheetnames == ["compare", "nodes"]
    target = tmp_path / "a.xlsx"
    code, _, err = cli("audit", "examples/departments/2023", "-f", "xlsx", "-o", str(target))
    assert code == 0, err


def test_xlsx_without_output_is_exit_2() -> None:
    code, out, err = cli("score", "examples/provinces/2023", "-f", "xlsx")
    assert code == 2 and out == "" and "--output" in err
    assert err == "par: error: --format xlsx writes a binary file: give --output FILE.xlsx\n"


def _value(rule: Rule, allowed: tuple[str, ...], maximum: str, i: int) -> Any:
    if rule is Rule.YES_NO:
        return "yes" if i % 2 else "no"
    if rule is Rule.CHOICE:
        return allowed[i % (len(allowed) - 1)]
    if rule is Rule.PERCENT:
        return [100, 85.5, 40][i % 3]
    if rule is Rule.COUNT:
        return i % 5
    return float(Decimal(maximum) / 4)


def test_template_fill_import_score_round_trip(tmp_path: Path) -> None:
    index = build_catalog([]).index("department-illustrative")
    assert index is not None
    sheet_path = tmp_path / "template.xlsx"
    code, _, err = cli("template", "department-illustrative", "--unit", "so-noi-vu",
                       "--year", "2023", "-f", "xlsx", "-o", str(sheet_path))
    assert code == 0, err
    book = openpyxl.load_workbook(sheet_path)
    sheet = book["Submission"]
    labels = {sheet.cell(row=r, column=1).value: r for r in range(1, 12)}
    sheet.cell(row=labels["name"], column=2, value="Department of Home Affairs")
    rows = {sheet.cell(row=r, column=1).value: r for r in range(labels["id"] + 1,
                                                                sheet.max_row + 1)}
    expected_scores: dict[str, Any] = {}
    for i, leaf in enumerate(leaf_rows(index)):
        value = _value(leaf.rule, leaf.allowed, leaf.max, i)
        as_yaml = {"yes": True, "no": False}.get(value, value) if isinstance(value, str) else value
        row = rows[leaf.id]
        if i % 4 == 0:  # self-assessed and appraised, with a note and evidence
            sheet.cell(row=row, column=6, value=value)
            sheet.cell(row=row, column=7, value=value)
            sheet.cell(row=row, column=8, value="checked")
            sheet.cell(row=row, column=9, value="12/QĐ-SNV; 14/BC-SNV")
            expected_scores[leaf.id] = {"self": as_yaml, "appraised": as_yaml, "note": "checked",
                                        "evidence": ["12/QĐ-SNV", "14/BC-SNV"]}
        else:
            sheet.cell(row=row, column=6, value=value)
            expected_scores[leaf.id] = as_yaml
    book.save(sheet_path)
    out_dir = tmp_path / "imported"
    out_dir.mkdir()
    code, _, err = cli("import", str(sheet_path), "--output-dir", str(out_dir))
    assert code == 0, err
    assert (out_dir / "so-noi-vu.yaml").exists()

    manual = tmp_path / "manual"
    manual.mkdir()
    document = {"format": "par-submission/1", "criteria": "department-illustrative",
                "year": 2023, "unit": "so-noi-vu", "name": "Department of Home Affairs",
                "ranked": True, "scores": expected_scores}
    (manual / "so-noi-vu.yaml").write_text(yaml.safe_dump(document, allow_unicode=True),
                                           encoding="utf-8")
    code_a, from_sheet, err_a = cli("score", str(out_dir), "-f", "json")
    code_b, from_yaml, err_b = cli("score", str(manual), "-f", "json")
    assert code_a == 0 and code_b == 0, (err_a, err_b)
    assert as_json(from_sheet) == as_json(from_yaml)
    code, _, err = cli("check", str(out_dir))
    assert code == 0, err


def test_import_reports_bad_cells(tmp_path: Path) -> None:
    sheet_path = tmp_path / "t.xlsx"
    code, _, _ = cli("template", "department-illustrative", "--unit", "so-y-te", "-f", "xlsx",
                     "-o", str(sheet_path))
    assert code == 0
    book = openpyxl.load_workbook(sheet_path)
    sheet = book["Submission"]
    sheet["B5"] = "Department of Health"
    assert sheet.cell(row=10, column=1).value == "id"  # 8 header fields, a blank row
    # headings for area 1 and criterion 1.1 come first (no id, no value), then leaf 1.1.1
    assert [sheet.cell(row=r, column=1).value for r in (11, 12, 13)] == [None, None, "1.1.1"]
    assert sheet["B11"].value == "1 Direction and administration of PAR — max 15"
    first = 13
    sheet.cell(row=first, column=6, value="maybe")  # a yes-no leaf
    book.save(sheet_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = cli("import", str(sheet_path), "-d", str(out_dir))
    assert code == 1
    assert f"{sheet_path}:Submission!F{first}: error:" in err
    assert (f"{sheet_path}:Submission!F{first}: error: '1.1.1': 'maybe' is not yes or no "
            "(rule yes-no) [value-fit]") in err.splitlines()
    assert "[uncovered]" in err
    assert list(out_dir.iterdir()) == []
