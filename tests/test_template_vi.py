"""Templates in Vietnamese (docs/spreadsheets.md, "Languages"): under --lang vi (or PAR_LANG=vi)
everything a person reads in the template is Vietnamese; par import reads the template back in
either language, and says every message in Vietnamese under --lang vi."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import as_json, par

from par_cli.catalog import build_catalog
from par_cli.message_texts import MESSAGES_EN, MESSAGES_VI
from par_cli.models import Rule
from par_cli.template import leaf_rows

openpyxl = pytest.importorskip("openpyxl")
pytestmark = pytest.mark.usefixtures("at_repo_root")

SET = "department-illustrative"
VI_SHEET = "Chấm điểm"
ENGLISH_WORDS = {MESSAGES_EN[k] for k in MESSAGES_EN if k.startswith("sheet.") and
                 MESSAGES_EN[k] != MESSAGES_VI[k]}


def template(tmp_path: Path, lang: str, name: str = "t.xlsx", unit: str = "so-noi-vu",
             env: dict[str, str] | None = None) -> Path:
    path = tmp_path / name
    args = ["template", SET, "--unit", unit, "--year", "2023", "--output", path]
    result = par(*args, *(["--lang", lang] if lang else []), env=env)
    assert result.exit_code == 0, result.stderr
    return path


def texts(sheet: Any) -> list[str]:
    return [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]


def test_the_vietnamese_workbook_speaks_vietnamese(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(template(tmp_path, "vi"))
    assert book.sheetnames == [VI_SHEET, "Hướng dẫn"]
    sheet = book[VI_SHEET]
    assert [sheet.cell(row=r, column=1).value for r in range(1, 9)] == [
        "định dạng", "bộ tiêu chí", "năm", "mã đơn vị", "tên đơn vị", "tên tiếng Việt", "nhóm",
        "xếp hạng"]
    assert [c.value for c in sheet[10]] == [
        "mã", "tên tiêu chí", "cách chấm", "điểm tối đa", "giá trị hợp lệ", "điểm tự chấm",
        "điểm thẩm định", "ghi chú", "tài liệu kiểm chứng"]
    assert sheet["B8"].value == "có"  # ranked
    # area and criterion headings with name_vi, then the leaves with theirs
    assert sheet["A11"].value is None
    assert sheet["B11"].value == ("1 Công tác chỉ đạo, điều hành cải cách hành chính — tối đa "
                                  "15 điểm")
    assert sheet["B12"].value == "1.1 Kế hoạch cải cách hành chính năm — tối đa 5 điểm"
    assert [c.value for c in sheet[14]][:5] == [
        "1.1.2", "Tỷ lệ hoàn thành nhiệm vụ theo kế hoạch", "tỷ lệ %", 3,
        "tỷ lệ phần trăm từ 0 đến 100; từ 80 % → 1,5, từ 100 % → 3"]
    # no English word of the workbook's own vocabulary is left on the sheets people read
    for name in (VI_SHEET, "Hướng dẫn"):
        leaked = [t for t in texts(book[name]) if t in ENGLISH_WORDS]
        assert not leaked, leaked
    assert any("nhập 87,5" in t for t in texts(book["Hướng dẫn"]))


def _checks(sheet: Any) -> dict[str, Any]:
    """Cell -> its data validation."""
    found = {}
    for check in sheet.data_validations.dataValidation:
        for cells in check.sqref.ranges:
            for row in cells.rows:
                for cell in row:
                    found[f"{cell[1] and openpyxl.utils.get_column_letter(cell[1])}{cell[0]}"] = (
                        check)
    return found


@pytest.mark.parametrize(("lang", "yes_no", "percent"), [
    ("vi", '"có,không,không áp dụng"', "Tỷ lệ phần trăm từ 0 đến 100"),
    ("en", '"yes,no,n/a"', "A percentage from 0 to 100"),
])
def test_lists_and_number_checks_say_what_to_type(tmp_path: Path, lang: str, yes_no: str,
                                                  percent: str) -> None:
    book = openpyxl.load_workbook(template(tmp_path, lang))
    sheet = book.worksheets[0]
    rows = {sheet.cell(row=r, column=1).value: r for r in range(11, sheet.max_row + 1)}
    checks = _checks(sheet)
    yes_no_check = checks[f"F{rows['1.1.1']}"]
    assert yes_no_check.type == "list" and yes_no_check.formula1 == yes_no
    assert checks[f"G{rows['1.1.1']}"] is yes_no_check
    percent_check = checks[f"F{rows['1.3.1']}"]
    assert (percent_check.type, percent_check.formula1, percent_check.formula2) == (
        "decimal", "0", "100")
    assert percent_check.prompt.startswith(percent)
    assert percent_check.errorStyle == "warning"  # n/a is typed in the same cells
    count_check = checks[f"F{rows['1.2.1']}"]
    assert (count_check.type, count_check.operator) == ("whole", "greaterThanOrEqual")
    points_check = checks[f"F{rows['2.3.2']}"]
    assert (points_check.type, points_check.formula2) == ("decimal", "4")
    assert checks["B3"].formula1 == '"2023,2024"'
    assert len(book.sheetnames) == 2 and book.worksheets[1].max_row >= 8  # instructions


def _fill(path: Path, values: dict[str, Any], header: dict[str, Any]) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows = {sheet.cell(row=r, column=1).value: r for r in range(11, sheet.max_row + 1)}
    for cell, value in header.items():
        sheet[cell] = value
    for leaf, value in values.items():
        own, appraised = value if isinstance(value, tuple) else (value, None)
        sheet.cell(row=rows[leaf], column=6, value=own)
        sheet.cell(row=rows[leaf], column=7, value=appraised)
    book.save(path)


def _vi_value(rule: Rule, allowed: tuple[str, ...], maximum: str, i: int) -> tuple[Any, Any]:
    """A value as a Vietnamese office types it, and what the YAML would say."""
    if rule is Rule.YES_NO:
        return ("có", True) if i % 2 else ("Không", False)
    if rule is Rule.CHOICE:
        return allowed[i % (len(allowed) - 1)], allowed[i % (len(allowed) - 1)]
    if rule is Rule.PERCENT:
        return ["87,5", 100, 40][i % 3], [Decimal("87.5"), 100, 40][i % 3]
    if rule is Rule.COUNT:
        return i % 5, i % 5
    quarter = Decimal(maximum) / 4
    return str(quarter).replace(".", ","), quarter


def test_a_filled_vietnamese_template_round_trips_to_a_submission_par_check_accepts(
        tmp_path: Path) -> None:
    index = build_catalog([]).index(SET)
    assert index is not None
    path = template(tmp_path, "vi")
    typed: dict[str, Any] = {}
    expected: dict[str, Any] = {}
    for i, leaf in enumerate(leaf_rows(index)):
        cell, meant = _vi_value(leaf.rule, leaf.allowed, leaf.max, i)
        if i == 3:
            cell, meant = "không áp dụng", "n/a"
        typed[leaf.id] = cell
        expected[leaf.id] = meant
    typed["3.1.1"] = ("có", "không")
    expected["3.1.1"] = {"self": True, "appraised": False}
    _fill(path, typed, {"B5": "Sở Nội vụ", "B6": "Sở Nội vụ", "B8": "không"})
    out = tmp_path / "out"
    result = par("import", path, "--output-dir", out, "--lang", "vi")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"đã ghi {out / 'so-noi-vu.yaml'}\n"
    assert par("check", out).exit_code == 0
    manual = tmp_path / "manual"
    manual.mkdir()
    document = {"format": "par-submission/1", "criteria": SET, "year": 2023,
                "unit": "so-noi-vu", "name": "Sở Nội vụ", "name_vi": "Sở Nội vụ",
                "ranked": False,
                "scores": {k: float(v) if isinstance(v, Decimal) else v
                           for k, v in expected.items()}}
    (manual / "so-noi-vu.yaml").write_text(yaml.safe_dump(document, allow_unicode=True),
                                           encoding="utf-8")
    from_sheet = par("score", out, "-f", "json")
    from_yaml = par("score", manual, "-f", "json")
    assert from_sheet.exit_code == 0 and from_yaml.exit_code == 0
    assert as_json(from_sheet.stdout) == as_json(from_yaml.stdout)


def test_import_reads_either_language_and_columns_in_any_order(tmp_path: Path) -> None:
    """An English header in a Vietnamese sheet, columns swapped: read by their headers."""
    path = template(tmp_path, "vi")
    book = openpyxl.load_workbook(path)
    sheet = book[VI_SHEET]
    sheet["A4"] = "Unit"           # English, another case
    sheet["F10"], sheet["G10"] = "appraised", "ĐIỂM TỰ CHẤM"   # swapped, one in capitals
    rows = {sheet.cell(row=r, column=1).value: r for r in range(11, sheet.max_row + 1)}
    sheet.cell(row=rows["1.1.1"], column=6, value="không")  # appraised
    sheet.cell(row=rows["1.1.1"], column=7, value="có")     # self
    book.save(path)
    out = tmp_path / "out"
    result = par("import", path, "--output-dir", out, "--allow-missing")
    assert result.exit_code == 0, result.stderr
    data = yaml.safe_load((out / "so-noi-vu.yaml").read_text(encoding="utf-8"))
    assert data["scores"] == {"1.1.1": {"self": True, "appraised": False}}


def test_par_lang_makes_the_templates_vietnamese(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(template(tmp_path, "", env={"PAR_LANG": "vi_VN.UTF-8"}))
    assert book.sheetnames[0] == VI_SHEET
    result = par("template", SET, env={"PAR_LANG": "vi"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("# Mẫu chấm điểm trống của Chỉ số cải cách hành chính cấp sở")
    assert lines[4:9] == ["format: par-submission/1", f"criteria: {SET}", "year: 2024",
                          "unit: ma-don-vi", 'name: "Tên đơn vị"']
    assert "  # 1 Công tác chỉ đạo, điều hành cải cách hành chính (tối đa 15 điểm)" in lines
    assert ('  "1.1.1":   # Ban hành kế hoạch đúng thời hạn — có / không → 2 hoặc 0 điểm, '
            "Thẩm định") in lines
    data = yaml.safe_load(result.stdout)
    assert data["criteria"] == SET and set(data["scores"]) >= {"1.1.1", "5.2.2"}
    english = par("template", SET).stdout
    assert '  "1.1.1":   # Plan issued on time — yes / no → 2 or 0 points, Appraisal' in (
        english.splitlines())


def test_the_format_follows_the_output_name(tmp_path: Path) -> None:
    target = tmp_path / "t.xlsx"
    assert par("template", SET, "--output", target).exit_code == 0
    assert openpyxl.load_workbook(target).sheetnames == ["Submission", "Instructions"]
    result = par("template", SET, "--format", "yaml", "--output", target)
    assert result.exit_code == 2 and "the file name says xlsx" in result.stderr


def test_unknown_labels_and_headers_are_errors_with_a_hint(tmp_path: Path) -> None:
    path = template(tmp_path, "vi")
    book = openpyxl.load_workbook(path)
    sheet = book[VI_SHEET]
    sheet["A7"] = "nhom"             # a field label without its diacritics
    sheet["H10"] = "ghi chu"         # a column header without its diacritics
    sheet["B9"] = "a value without a label"
    book.save(path)
    result = par("import", path, "--output-dir", tmp_path / "out", "--allow-missing",
                 "--lang", "vi")
    assert result.exit_code == 1
    lines = [re.sub(r"^.*/", "", line) for line in result.stderr.splitlines()]
    assert lines[:3] == [
        f"t.xlsx:{VI_SHEET}!A7: error: 'nhom' không phải trường mà par biết; có phải ý bạn là "
        "'nhóm'? [xlsx]",
        f"t.xlsx:{VI_SHEET}!B9: error: có giá trị ở dòng không có tên trường ở cột A: par không "
        "biết đó là gì [xlsx]",
        f"t.xlsx:{VI_SHEET}!H10: error: 'ghi chu' không phải cột mà par biết (cột par không đọc "
        "được sẽ bị mất dữ liệu); có phải ý bạn là 'ghi chú'? [xlsx]",
    ]


def test_every_message_of_import_is_vietnamese_under_lang_vi(tmp_path: Path) -> None:
    """The same broken workbook in both languages: the same places and rules, every message
    different and Vietnamese, the error line and the warnings too."""
    path = template(tmp_path, "vi")
    book = openpyxl.load_workbook(path)
    sheet = book[VI_SHEET]
    rows = {sheet.cell(row=r, column=1).value: r for r in range(11, sheet.max_row + 1)}
    sheet["B3"] = "hai nghìn"                                 # the year
    sheet.cell(row=rows["1.1.1"], column=6, value="có lẽ")   # not yes or no
    sheet.cell(row=rows["1.1.2"], column=6, value=0.5)       # a fraction in a percent cell
    sheet.cell(row=rows["1.2.1"], column=6, value="=1+1")    # no stored result
    sheet.cell(row=rows["1.3.1"], column=6, value="3.000")   # ambiguous
    sheet.cell(row=rows["1.3.2"], column=6, value=2.25).number_format = "0.0"
    sheet.cell(row=rows["2.1.1"], column=1, value=2.11)      # an id typed as a number
    sheet.cell(row=11, column=6, value=1)                     # a value on a heading row
    sheet.row_dimensions[rows["2.1.2"]].hidden = True
    sheet.cell(row=rows["2.1.2"], column=6, value=1)
    book.save(path)
    english = par("import", path, "--output-dir", tmp_path / "out", "--lang", "en")
    vietnamese = par("import", path, "--output-dir", tmp_path / "out", "--lang", "vi")
    assert english.exit_code == vietnamese.exit_code == 1
    en_lines = english.stderr.splitlines()
    vi_lines = vietnamese.stderr.splitlines()
    assert len(en_lines) == len(vi_lines) >= 10
    pattern = re.compile(r"^(?P<place>.*?): (?P<severity>error|warning): (?P<message>.*) "
                         r"\[(?P<rule>[a-z-]+)\]$")
    for en, vi in zip(en_lines[:-1], vi_lines[:-1], strict=True):
        en_match, vi_match = pattern.match(en), pattern.match(vi)
        assert en_match and vi_match, (en, vi)
        assert (en_match["place"], en_match["rule"]) == (vi_match["place"], vi_match["rule"])
        assert en_match["message"] != vi_match["message"]
        assert re.search("[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]", vi_match["message"]), vi
    assert vi_lines[-1] == "par: lỗi: chưa ghi tệp nào"
    assert {"warning", "error"} == {pattern.match(line)["severity"]  # type: ignore[index]
                                    for line in vi_lines[:-1]}


COMMA_SET = """\
format: par-criteria/1
id: comma-set
title: A set whose option names hold commas
years: [2025]
max: 2
criteria:
  - {id: "1", name: One, max: 1, rule: choice, options: {"done, on time": 1, "late": 0}}
  - {id: "2", name: Two, max: 1, rule: yes-no}
"""


def test_a_list_with_a_comma_is_kept_on_a_hidden_sheet_of_lists(tmp_path: Path) -> None:
    folder = tmp_path / "criteria"
    folder.mkdir()
    (folder / "comma-set.yaml").write_text(COMMA_SET, encoding="utf-8")
    path = tmp_path / "t.xlsx"
    made = par("template", "comma-set", "--criteria", folder, "--unit", "x", "--output", path,
               "--lang", "vi")
    assert made.exit_code == 0, made.stderr
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [VI_SHEET, "Hướng dẫn", "Danh sách"]
    assert book["Danh sách"].sheet_state == "hidden"
    checks = _checks(book[VI_SHEET])
    assert checks["F11"].formula1 == "'Danh sách'!$A$1:$A$3"
    assert [c.value for c in book["Danh sách"]["A"]] == ["done, on time", "late",
                                                          "không áp dụng"]
    _fill(path, {"1": "done, on time", "2": "không áp dụng"}, {})
    out = tmp_path / "out"
    result = par("import", path, "--output-dir", out, "--criteria", folder)
    assert result.exit_code == 0, result.stderr
    data = yaml.safe_load((out / "x.yaml").read_text(encoding="utf-8"))
    assert data["scores"] == {"1": "done, on time", "2": "n/a"}
