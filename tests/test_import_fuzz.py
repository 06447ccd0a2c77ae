"""A bounded fuzz of `par import`: generated workbooks (cell types, number formats, sizes,
stray rows and sheets) never give a traceback, always exit 0, 1 or 2, and write nothing on
failure (docs/commands.md, "par import")."""

from __future__ import annotations

import contextlib
import datetime
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from helpers import examples, par
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

openpyxl = pytest.importorskip("openpyxl")
pytestmark = pytest.mark.usefixtures("at_repo_root")

FIRST = 11
LEAVES = ["1", "2", "3", "4", "5", "6", "7", "8.1", "8.2"]

CELLS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 10**16),
    st.floats(allow_nan=True, allow_infinity=True, width=64),
    st.sampled_from(["yes", "có", "không", "n/a", "12,5", "3.000", "1:20", "١٢", "=1+1",
                     "=8/3", "", "  ", "abc", "=HYPERLINK(\"x\")", "\x01", "9.99999999999999"]),
    st.text(max_size=30),
    st.datetimes(min_value=datetime.datetime(1900, 3, 1),
                 max_value=datetime.datetime(2100, 1, 1)),
)
FORMATS = st.sampled_from(["General", "0", "0.00", "0.0%", "0%", "#,##0.00", "@",
                           "yyyy-mm-dd", "0.000;[Red]-0.000"])


@pytest.fixture(scope="module")
def blank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("blank") / "blank.xlsx"
    result = par("template", "par-province-2022", "--unit", "long-an", "--year", "2023",
                 "--format", "xlsx", "--output", path)
    assert result.exit_code == 0, result.stderr
    return path


@settings(max_examples=examples(25), deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(values=st.lists(st.tuples(CELLS, FORMATS), min_size=len(LEAVES), max_size=len(LEAVES)),
       header=st.tuples(CELLS, CELLS), extra_rows=st.integers(0, 40),
       extra_sheet=st.booleans(), column=st.integers(6, 9))
def test_generated_workbooks_never_crash_and_write_nothing_on_failure(
        blank: Path, tmp_path: Path, values: list[tuple[Any, str]], header: tuple[Any, Any],
        extra_rows: int, extra_sheet: bool, column: int) -> None:
    case = Path(tempfile.mkdtemp(dir=tmp_path))
    book_path = case / "filled.xlsx"
    shutil.copy(blank, book_path)
    book = openpyxl.load_workbook(book_path)
    sheet = book["Submission"]
    for offset, (value, number_format) in enumerate(values):
        cell = sheet.cell(row=FIRST + offset, column=column)
        try:
            cell.value = value
        except Exception:  # openpyxl refuses some characters: the workbook just lacks them
            continue
        cell.number_format = number_format
    for row, value in zip((3, 5), header, strict=True):  # year and name
        with contextlib.suppress(Exception):
            sheet.cell(row=row, column=2).value = value
    for extra in range(extra_rows):
        sheet.cell(row=FIRST + len(LEAVES) + extra, column=1).value = f"x{extra}"
    if extra_sheet:
        book.create_sheet("Notes")["A1"] = "format"
    try:
        book.save(book_path)
    except Exception:  # a character openpyxl cannot write: no workbook to import
        assume(False)
    out = case / "out"
    result = par("import", book_path, "--output-dir", out)
    assert result.exit_code in (0, 1, 2), result.stderr
    if result.exit_code != 0:
        assert not out.exists() or not any(out.iterdir()), result.stderr
    else:
        assert (out / "long-an.yaml").exists()


CRITERIA_CELLS = st.one_of(
    CELLS,
    st.sampled_from(["1.1", "1.10", "9.9.9", "80: 1,5; 100: 3", "full: 1; none: 0", "a: 2",
                     "có", "không", "tỷ lệ %", "lựa chọn", "choice", "count", "=SUM(D1:D2)",
                     "2023, 2024", "cắt bỏ (down)", "displayed"]),
)


@pytest.fixture(scope="module")
def criteria_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("criteria") / "set.xlsx"
    result = par("template", "--criteria-workbook", "department-illustrative", "--lang", "vi",
                 "--output", path)
    assert result.exit_code == 0, result.stderr
    return path


@settings(max_examples=examples(15), deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cells=st.lists(st.tuples(st.integers(1, 75), st.integers(1, 13), CRITERIA_CELLS),
                      min_size=1, max_size=12))
def test_generated_criteria_workbooks_never_crash_and_what_is_written_passes_check(
        criteria_book: Path, tmp_path: Path, cells: list[tuple[int, int, Any]]) -> None:
    """Any cell of a criteria workbook changed to anything: exit 0, 1 or 2, never a traceback,
    nothing written on failure, and a criteria file written on success that par check
    accepts."""
    case = Path(tempfile.mkdtemp(dir=tmp_path))
    book_path = case / "set.xlsx"
    shutil.copy(criteria_book, book_path)
    book = openpyxl.load_workbook(book_path)
    sheet = book.worksheets[0]
    for row, column, value in cells:
        with contextlib.suppress(Exception):  # a character openpyxl refuses
            sheet.cell(row=row, column=column).value = value
    try:
        book.save(book_path)
    except Exception:
        assume(False)
    out = case / "out"
    result = par("import", book_path, "--output-dir", out)
    assert result.exit_code in (0, 1, 2), result.stderr
    if result.exit_code != 0:
        assert not out.exists() or not any(out.iterdir()), result.stderr
        return
    written = list(out.iterdir())
    assert len(written) == 1
    checked = par("check", out)
    assert checked.exit_code == 0, checked.stdout
