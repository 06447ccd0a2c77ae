"""Criteria workbooks (docs/spreadsheets.md, "The criteria workbook"): every shipped set exported
and imported back is the same set; a blank workbook filled in Vietnamese becomes a criteria file
par check accepts; every problem is located at its cell, all in one run, nothing written unless
clean."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import REPO, par

from par_cli.models import CriteriaSet

openpyxl = pytest.importorskip("openpyxl")
pytestmark = pytest.mark.usefixtures("at_repo_root")

SHIPPED = sorted((REPO / "criteria").glob("*.yaml"))


def criteria_set(path: Path) -> dict[str, Any]:
    """A criteria file as the model reads it: every field, defaults filled in."""
    data = CriteriaSet.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    return data.model_dump()


def export(tmp_path: Path, set_id: str | None, lang: str = "en", name: str = "c.xlsx",
           *criteria: Path) -> Path:
    path = tmp_path / name
    args = ["template", "--criteria-workbook", *([set_id] if set_id else []), "--lang", lang,
            "--output", path, *[a for c in criteria for a in ("--criteria", c)]]
    result = par(*args)
    assert result.exit_code == 0, result.stderr
    return path


def problems(result: Any) -> list[str]:
    """Problem lines from the workbook's name on."""
    return [re.sub(r"^.*/(?=[^/:]+\.xlsx:)", "", line) for line in result.stderr.splitlines()
            if re.search(r"\.xlsx:.*: (error|warning): ", line)]


def rows_by_id(sheet: Any) -> dict[str, int]:
    return {str(sheet.cell(row=r, column=1).value): r for r in range(1, sheet.max_row + 1)
            if sheet.cell(row=r, column=1).value is not None}


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_every_shipped_set_makes_the_round_trip(tmp_path: Path, lang: str) -> None:
    books = [export(tmp_path, path.stem, lang, f"{path.stem}.xlsx") for path in SHIPPED]
    out = tmp_path / "criteria"
    result = par("import", *books, "--output-dir", out, "--lang", lang)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [p.name for p in SHIPPED]
    for path in SHIPPED:
        assert criteria_set(out / path.name) == criteria_set(path), path.name
    checked = par("check", out)
    assert checked.exit_code == 0, checked.stdout
    assert "0 error(s)" in checked.stderr


SPECIAL = """\
format: par-criteria/1
id: office-2025
title: "=Office index"
years: [2025]
max: 10
display: {places: 3, rounding: half-even}
rank_on: displayed
methods: [appraisal, survey]
criteria:
  - id: "1"
    name: Area one
    max: 6
    method: appraisal
    criteria:
      - {id: "1.9", name: Ninth, max: 1, rule: choice,
         options: {all: 1, "most: many": 0.125, none: 0}}
      - {id: "1.10", name: Tenth, max: 2, rule: percent,
         steps: [{from: 0, points: 0.5}, {from: 100, points: 2}]}
      - {id: "1.11", name: Eleventh, max: 3, rule: count, per: 0.75, deduct: true,
         provisional: true, note: "- a note that starts like a formula"}
  - {id: "2", name: Area two, name_vi: Lĩnh vực hai, max: 4, method: survey, rule: points,
     source: a source}
"""


def test_ids_fractions_and_text_a_spreadsheet_would_change_come_back_as_they_were(
        tmp_path: Path) -> None:
    """1.10 stays 1.10 (not 1.1), 0.125 is not refused as a thousands separator, a title that
    starts with = is not a formula, plain method ids stay plain, a rule of points stays."""
    source = tmp_path / "in" / "office-2025.yaml"
    source.parent.mkdir()
    source.write_text(SPECIAL, encoding="utf-8")
    book = export(tmp_path, "office-2025", "vi", "c.xlsx", source.parent)
    sheet = openpyxl.load_workbook(book)["Bộ tiêu chí"]
    assert sheet["B3"].data_type == "s" and sheet["B3"].value == "=Office index"
    out = tmp_path / "out"
    result = par("import", book, "--output-dir", out)
    assert result.exit_code == 0, result.stderr
    assert criteria_set(out / "office-2025.yaml") == criteria_set(source)
    written = yaml.safe_load((out / "office-2025.yaml").read_text(encoding="utf-8"))
    assert written["methods"] == ["appraisal", "survey"]
    assert [n["id"] for n in written["criteria"][0]["criteria"]] == ["1.9", "1.10", "1.11"]


def fill_blank(book: Path, nodes: list[list[Any]], fields: dict[str, list[Any]]) -> int:
    """Fill a blank Vietnamese workbook: set fields by label, node rows below the header
    (``{second}`` and ``{third}`` in a value are those node rows); the header row."""
    loaded = openpyxl.load_workbook(book)
    sheet = loaded["Bộ tiêu chí"]
    labels = {sheet.cell(row=r, column=1).value: r for r in range(1, 30)}
    for label, values in fields.items():
        for column, value in enumerate(values, start=2):
            sheet.cell(row=labels[label], column=column, value=value)
    header = labels["mã"]
    for offset, values in enumerate(nodes, start=1):
        for column, value in enumerate(values, start=1):
            if isinstance(value, str):
                value = value.replace("{second}", str(header + 2)).replace(
                    "{third}", str(header + 3))
            sheet.cell(row=header + offset, column=column, value=value)
    loaded.save(book)
    return header


VI_FIELDS: dict[str, list[Any]] = {
    "mã bộ tiêu chí": ["xa-2025"], "tên bộ tiêu chí": ["Commune PAR index"],
    "tên tiếng Việt": ["Chỉ số CCHC cấp xã"], "các năm áp dụng": ["2025, 2026"],
    "tổng điểm tối đa": [10], "hiển thị: cách làm tròn": ["cắt bỏ (down)"],
}
# id, name, name_vi, max, rule, steps, options, per, deduct, method, provisional
VI_NODES: list[list[Any]] = [
    ["1", "Direction", "Chỉ đạo, điều hành", "=SUM(D{second}:D{third})"],
    ["1.1", "Plan on time", "Kế hoạch đúng hạn", 2, "có/không"],
    ["1.2", "Tasks done", "Tỷ lệ hoàn thành", 3, "tỷ lệ %", "80: 1,5; 100: 3"],
    ["2", "Reports", "Báo cáo", 5, "đếm số lượng", None, None, "0,5", "có", None, "có"],
]


def test_a_blank_workbook_filled_in_vietnamese_becomes_a_criteria_file(tmp_path: Path,
                                                                       monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    result = par("template", "--criteria-workbook", "--lang", "vi")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == "đã ghi criteria.xlsx"
    book = tmp_path / "criteria.xlsx"
    assert par("template", "--criteria-workbook").exit_code == 2  # never over a file
    header = fill_blank(book, VI_NODES, VI_FIELDS)
    _store_formula_result(book, f"D{header + 1}", "5")
    out = tmp_path / "out"
    result = par("import", book, "--output-dir", out, "--lang", "vi")
    assert result.exit_code == 0, result.stderr
    assert "đã ghi" in result.stderr and "tạm thời" in result.stderr  # '2' is provisional
    data = yaml.safe_load((out / "xa-2025.yaml").read_text(encoding="utf-8"))
    assert data["years"] == [2025, 2026] and data["display"]["rounding"] == "down"
    area = data["criteria"][0]
    assert area["max"] == 5 and [c["rule"] for c in area["criteria"]] == ["yes-no", "percent"]
    assert area["criteria"][1]["steps"] == [{"from": 80, "points": 1.5},
                                            {"from": 100, "points": 3}]
    assert data["criteria"][1] | {"name_vi": None} == {
        "id": "2", "name": "Reports", "name_vi": None, "max": 5, "rule": "count", "per": 0.5,
        "deduct": True, "provisional": True}
    assert par("check", out).exit_code == 0


def _store_formula_result(book: Path, cell: str, value: str) -> None:
    """Give a formula the result a calculating program (Excel) would have stored."""
    import zipfile

    with zipfile.ZipFile(book) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    xml = parts[sheet].decode("utf-8")
    xml, count = re.subn(rf'(<c r="{cell}"[^>]*>\s*<f>[^<]*</f>)\s*(<v\s*/>|<v></v>)?',
                         rf"\1<v>{value}</v>", xml, count=1)
    assert count == 1
    parts[sheet] = xml.encode("utf-8")
    with zipfile.ZipFile(book, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_a_submission_may_name_a_set_imported_in_the_same_run(tmp_path: Path) -> None:
    criteria = export(tmp_path, "department-illustrative", "en", "set.xlsx")
    loaded = openpyxl.load_workbook(criteria)
    loaded["Criteria"]["B2"] = "department-copy"
    loaded.save(criteria)
    template = tmp_path / "t.xlsx"
    assert par("template", "department-illustrative", "--unit", "so-noi-vu",
               "--output", template).exit_code == 0
    loaded = openpyxl.load_workbook(template)
    loaded["Submission"]["B2"] = "department-copy"
    loaded.save(template)
    result = par("import", criteria, template, "--output-dir", tmp_path / "out",
                 "--allow-missing")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "department-copy.yaml", "so-noi-vu.yaml"]


def test_every_problem_at_its_cell_in_one_run_and_nothing_written(tmp_path: Path) -> None:
    book = export(tmp_path, "department-illustrative")
    loaded = openpyxl.load_workbook(book)
    sheet = loaded["Criteria"]
    rows = rows_by_id(sheet)
    sheet[f"D{rows['1.1.2']}"] = 2.5          # 1.1 now sums to 4.5, not 5: said at 1.1's max
    sheet[f"A{rows['2.2.1']}"] = "2.1.3"       # a second 2.1.3: said at both rows
    sheet[f"G{rows['1.3.2']}"] = "full: 1.5; partial: 0.5; none: 0"   # a share above 1
    sheet[f"H{rows['1.2.1']}"] = 0              # per must be > 0
    sheet[f"F{rows['2.3.1']}"] = "100: 2; 80: 1"  # steps not ascending
    sheet[f"F{rows['3.1.2']}"] = "80 2"            # not a list of steps
    sheet[f"A{rows['3.2.1']}"] = 3.21              # an id typed as a number
    sheet[f"A{rows['3.3.1']}"] = "3.9.1"           # a parent that is not in the table
    sheet[f"D{rows['4.1.1']}"] = "=1+2"            # a formula without a stored result
    sheet[f"B{rows['5']}"] = "x"
    sheet.merge_cells(f"J{rows['5.1']}:J{rows['5.1'] + 1}")  # one method shown on two rows
    sheet.row_dimensions[rows["4.2"]].hidden = True
    loaded.save(book)
    out = tmp_path / "out"
    result = par("import", book, "--output-dir", out)
    assert result.exit_code == 1
    assert not out.exists()
    found = problems(result)
    r = rows
    expected = {
        f"c.xlsx:Criteria!D{r['1.1']}: error: '1.1' has max 5 but its children add up to 4.5 "
        "[max-sum]",
        f"c.xlsx:Criteria!A{r['2.2.1']}: error: id '2.1.3' is used twice in this criteria set "
        f"(also at A{r['2.1.3']}) [duplicate-id]",
        f"c.xlsx:Criteria!A{r['2.1.3']}: error: id '2.1.3' is used twice in this criteria set "
        f"(also at A{r['2.2.1']}) [duplicate-id]",
        f"c.xlsx:Criteria!G{r['1.3.2']}: error: '1.3.2': option 'full' is 1.5, outside 0..1 "
        "[options-range]",
        f"c.xlsx:Criteria!H{r['1.2.1']}: error: '1.2.1': per must be greater than 0, got 0 "
        "[per-positive]",
        f"c.xlsx:Criteria!F{r['2.3.1']}: error: '2.3.1': steps must ascend by 'from' (80 after "
        "100) [steps-order]",
        f"c.xlsx:Criteria!F{r['3.1.2']}: error: '80 2' is not a list of steps: write "
        "from-percentage: points pairs separated by ';', such as 80: 1.5; 100: 3 [xlsx]",
        f"c.xlsx:Criteria!A{r['3.2.1']}: error: the id is stored as the number 3.21 (1.10 would "
        "be 1.1, another id): format the id column as text and type the ids again [xlsx]",
        f"c.xlsx:Criteria!A{r['3.3.1']}: error: '3.9.1' is under '3.9', which is not in the "
        "table: the id shows the depth (3, 3.1, 3.1.2); add a row for '3.9' or correct the id "
        "[xlsx]",
        f"c.xlsx:Criteria!D{r['4.1.1']}: error: a formula with no stored result (the file was "
        "written by a program that does not calculate): open and save it in Excel or "
        "LibreOffice, or type the value [xlsx]",
        f"c.xlsx:Criteria!J{r['5.1']}: error: cells J{r['5.1']}:J{r['5.1'] + 1} are merged: "
        f"par reads the value for row {r['5.1']} only; unmerge them and fill in each row "
        "[xlsx]",
        f"c.xlsx:Criteria!A{r['4.2']}: warning: row {r['4.2']} is hidden: par reads it all the "
        "same (unhide it to see what is imported) [xlsx]",
    }
    assert expected <= set(found), "\n".join(sorted(set(found) - expected))


def test_set_fields_are_located_too(tmp_path: Path) -> None:
    book = export(tmp_path, "par-province-2017")  # one display rule for all
    loaded = openpyxl.load_workbook(book)
    sheet = loaded["Criteria"]
    labels = {sheet.cell(row=r, column=1).value: r for r in range(1, 25)}
    sheet[f"B{labels['max']}"] = 99                 # the areas add up to 100
    sheet[f"B{labels['years']}"] = 2022.5
    sheet[f"B{labels['display: rounding']}"] = "sideways"
    band_rows = [r for r in range(1, 25) if sheet.cell(row=r, column=1).value == "band"]
    sheet[f"C{band_rows[1]}"] = 95                   # B above A: not highest first
    sheet.insert_rows(labels["note"] + 1)
    sheet[f"A{labels['note'] + 1}"] = "titel"        # a label par does not know
    loaded.save(book)
    result = par("import", book, "--output-dir", tmp_path / "out")
    assert result.exit_code == 1
    found = " | ".join(problems(result))
    assert f"Criteria!B{labels['max']}: error: the set's max is 99 but its areas add up " \
           "to 100.0 [total-sum]" in found  # said although other fields have errors
    assert f"Criteria!B{labels['years']}: error: years.0: expected a whole number" in found
    assert f"Criteria!B{labels['display: rounding']}: error: display.rounding: expected one " \
           "of" in found
    assert f"Criteria!C{band_rows[1] + 1}: error: band 'B' (min 95) must come after higher " \
           "bands" in found
    assert f"Criteria!A{labels['note'] + 1}: error: 'titel' is not a field par knows; did " \
           "you mean 'title'? [xlsx]" in found


def test_two_workbooks_for_one_set_name_both_and_force_replaces(tmp_path: Path) -> None:
    first = export(tmp_path, "par-province-2017", "en", "a.xlsx")
    second = export(tmp_path, "par-province-2017", "vi", "b.xlsx")
    out = tmp_path / "out"
    result = par("import", first, second, "--output-dir", out)
    assert result.exit_code == 1
    assert re.search(r"b\.xlsx:Bộ tiêu chí!B2: error: criteria set 'par-province-2017' is also "
                     r"in \S*a\.xlsx:Criteria \[duplicate-set\]", result.stderr), result.stderr
    assert par("import", first, "--output-dir", out).exit_code == 0
    again = par("import", second, "--output-dir", out)
    assert again.exit_code == 2 and "--force" in again.stderr
    assert par("import", second, "--output-dir", out, "--force").exit_code == 0


def test_options_that_belong_to_the_submission_template_are_refused(tmp_path: Path) -> None:
    for extra in (["--unit", "long-an"], ["--year", "2023"], ["--format", "yaml"],
                  ["--output", str(tmp_path / "c.yaml")]):
        result = par("template", "--criteria-workbook", "par-province-2022", *extra,
                     *([] if "--output" in extra else ["--output", tmp_path / "c.xlsx"]))
        assert result.exit_code == 2, extra
        assert "does not apply to --criteria-workbook" in result.stderr
    assert not (tmp_path / "c.xlsx").exists()


def test_a_set_whose_ids_do_not_show_its_tree_is_not_exported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = SPECIAL.replace('id: "1.9"', 'id: "A"')
    (folder / "office-2025.yaml").write_text(text, encoding="utf-8")
    result = par("template", "--criteria-workbook", "office-2025", "--criteria", folder,
                 "--output", tmp_path / "c.xlsx")
    assert result.exit_code == 1
    assert "'A' is under '1' but its id does not show it" in result.stderr
    assert not (tmp_path / "c.xlsx").exists()
