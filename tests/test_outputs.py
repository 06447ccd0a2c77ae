"""Outputs lose nothing (docs/commands.md, "Output files"): never over an input, through a link
to its target, the file's permissions kept, and a full disk, an unwritable folder or a closed
stdout one line on stderr with exit 2, never a traceback."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PROVINCES_2023 = REPO / "examples" / "provinces" / "2023"


def par(
    *args: str | Path, stdout: int | None = subprocess.PIPE
) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "par_cli", *map(str, args)], cwd=REPO,
                          stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120,
                          env={**os.environ, "NO_COLOR": "1"})


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("par: error:")]
    assert len(errors) == 1, result.stderr
    return errors[0]


@pytest.fixture
def year(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PROVINCES_2023, tmp_path / "2023"))


@pytest.mark.parametrize("command", [["score"], ["audit"], ["explain", "--unit", "long-an"],
                                     ["gap", "--unit", "long-an"]])
def test_an_output_that_is_an_input_is_refused_and_left_untouched(
        year: Path, command: list[str]) -> None:
    target = year / "long-an.yaml"
    before = target.read_bytes()
    result = par(command[0], year, *command[1:], "-f", "json", "-o", target)
    assert result.returncode == 2
    assert "one of the run's inputs" in one_error_line(result)
    assert target.read_bytes() == before


def test_compare_will_not_write_over_either_side_or_the_map(year: Path, tmp_path: Path) -> None:
    unit_map = tmp_path / "map.yaml"
    unit_map.write_text("long-an: long-an\n", encoding="utf-8")
    for target in (year / "ha-noi.yaml", unit_map):
        before = target.read_bytes()
        result = par("compare", year, year, "--map", unit_map, "-f", "json", "-o", target)
        assert result.returncode == 2 and "one of the run's inputs" in one_error_line(result)
        assert target.read_bytes() == before


def test_a_link_is_written_through_and_the_mode_is_kept(year: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.csv"
    report.write_text("old\n", encoding="utf-8")
    report.chmod(0o600)
    link = tmp_path / "latest.csv"
    link.symlink_to(report)
    result = par("score", year, "-f", "csv", "-o", link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(report)
    assert report.read_text(encoding="utf-8").startswith("rank,unit,name")
    assert stat.S_IMODE(report.stat().st_mode) == 0o600


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("args", [["score", "examples/provinces/2023"],
                                  ["check", "criteria/par-province-2022.yaml"],
                                  ["schema", "criteria"],
                                  ["template", "par-province-2022"]],
                         ids=["score", "check", "schema", "template"])
def test_a_full_disk_on_stdout_is_one_line_and_exit_2(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = par(*args, stdout=full.fileno())
    assert result.returncode == 2
    assert "cannot write to standard output" in one_error_line(result)


def test_a_folder_that_cannot_be_written_is_one_line_and_exit_2(year: Path) -> None:
    result = par("score", year, "-f", "json", "-o", "/proc/par-report.json")
    assert result.returncode == 2
    assert "/proc/par-report.json: cannot write" in one_error_line(result)


def test_a_device_is_written_into_not_replaced(year: Path) -> None:
    result = par("score", year, "-f", "csv", "-o", os.devnull)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


# ---- spreadsheets open safely, terminals and markdown see text ------------------------------


HOSTILE = '=HYPERLINK("http://example.invalid","Long An")'
HOSTILE_YAML = "'" + HOSTILE + "'"


def hostile_year(tmp_path: Path, name: str = HOSTILE) -> Path:
    """The 2023 examples with Long An's name replaced (``name`` is YAML: quote it as needed)."""
    folder = Path(shutil.copytree(PROVINCES_2023, tmp_path / "2023"))
    path = folder / "long-an.yaml"
    text = path.read_text(encoding="utf-8").replace("name: Long An", f"name: {name}", 1)
    path.write_text(text, encoding="utf-8")
    return folder


def test_csv_neutralises_formula_text_and_keeps_numbers(tmp_path: Path) -> None:
    folder = hostile_year(tmp_path, HOSTILE_YAML)
    result = par("score", folder, "-f", "csv")
    assert result.returncode == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if ",long-an," in line)
    assert "'=HYPERLINK(" in row and ",=HYPERLINK" not in row
    compare = par("compare", folder, folder, "-f", "csv")
    assert "'=HYPERLINK(" in compare.stdout and ",-" not in compare.stdout.replace(",-,", "")


def test_xlsx_writes_formula_text_as_text_and_numbers_as_numbers(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    folder = hostile_year(tmp_path, HOSTILE_YAML)
    out = tmp_path / "r.xlsx"
    result = par("score", folder, "-f", "xlsx", "-o", out)
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    first = book.worksheets[0]
    names = [row[2].value for row in first.iter_rows(min_row=2)]
    assert HOSTILE in names
    assert all(isinstance(row[5].value, (int, float)) for row in first.iter_rows(min_row=2))


def test_xlsx_takes_any_criteria_id_and_any_name(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    criteria = tmp_path / "criteria"
    criteria.mkdir()
    text = (REPO / "criteria" / "par-province-2022.yaml").read_text(encoding="utf-8")
    (criteria / "set.yaml").write_text(
        text.replace("id: par-province-2022", "id: '876/QĐ-BNV: [draft]*?'", 1),
        encoding="utf-8")
    folder = hostile_year(tmp_path, name='"Long\\x01An"')
    for path in folder.glob("*.yaml"):
        path.write_text(path.read_text(encoding="utf-8").replace(
            "criteria: par-province-2022", "criteria: '876/QĐ-BNV: [draft]*?'", 1),
            encoding="utf-8")
    for command in (["score"], ["audit"], ["compare", folder]):
        out = tmp_path / f"{command[0]}.xlsx"
        result = par(command[0], folder, *command[1:], "--criteria", criteria, "-f", "xlsx",
                     "-o", out)
        assert result.returncode == 0, result.stderr
        book = openpyxl.load_workbook(out)
        assert all(len(s.title) <= 31 and not set(s.title) & set("\\/?*[]:")
                   for s in book.worksheets)
        values = [c.value for s in book.worksheets for r in s.iter_rows() for c in r]
        assert "Long\\u0001An" in values


def test_a_huge_rank_in_score_json_is_refused_not_a_crash(tmp_path: Path) -> None:
    result = par("score", PROVINCES_2023, "-f", "json")
    data = result.stdout.replace('"rank": 1,', f'"rank": {10**400},', 1)
    old = tmp_path / "old.json"
    old.write_text(data, encoding="utf-8")
    out = tmp_path / "c.xlsx"
    compared = par("compare", old, PROVINCES_2023, "-f", "xlsx", "-o", out)
    assert compared.returncode == 1
    assert "[score-json]" in compared.stderr and "Traceback" not in compared.stderr


def test_control_characters_are_shown_escaped_in_tables_and_check(tmp_path: Path) -> None:
    folder = hostile_year(tmp_path, name='"Long \\e[31mAn\\nNew"')
    for fmt in ("table", "markdown"):
        result = par("score", folder, "-f", fmt)
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout
        assert "Long \\x1b[31mAn\\nNew" in result.stdout
    path = folder / "ha-noi.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"1": ', '"1\\e[2J": ', 1),
                    encoding="utf-8")
    check = par("check", folder)
    assert "\x1b" not in check.stdout + check.stderr
    assert "1\\x1b[2J" in check.stdout


def test_the_deepest_tree_the_options_allow_is_written_or_refused(tmp_path: Path) -> None:
    """A 200-level tree with --max-depth 1000 --depth 1000: every format works (once a
    RecursionError in the JSON encoder)."""
    lines = ["format: par-criteria/1", "id: deep", "title: Deep", "years: [2023]", "max: 1",
             "criteria:"]
    indent = ""
    for level in range(200):
        lines += [f'{indent}  - id: "{".".join(["1"] * (level + 1))}"',
                  f"{indent}    name: N{level}", f"{indent}    max: 1"]
        if level < 199:
            lines.append(f"{indent}    criteria:")
            indent += "    "
    (tmp_path / "criteria.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    leaf = ".".join(["1"] * 200)
    (tmp_path / "u.yaml").write_text(
        "format: par-submission/1\ncriteria: deep\nyear: 2023\nunit: u\nname: U\n"
        f'scores:\n  "{leaf}": 1\n', encoding="utf-8")
    common = ["--criteria", tmp_path / "criteria.yaml", "--max-depth", "1000"]
    for args in (["score", "--depth", "1000", "-f", "json"], ["score", "-f", "markdown"],
                 ["explain", "--unit", "u", "-f", "json"], ["gap", "--unit", "u"]):
        result = par(args[0], tmp_path / "u.yaml", *common, *args[1:])
        assert result.returncode == 0, (args, result.stderr[-300:])
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("name", "start"), [("r.json", "{"), ("r.csv", "rank,unit"),
                                             ("r.md", "## "), ("r.txt", "")])
def test_the_output_extension_names_the_format(year: Path, tmp_path: Path, name: str,
                                               start: str) -> None:
    """--output r.xlsx without --format wrote the text table into it (Excel refused it)."""
    out = tmp_path / name
    result = par("score", year, "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").lstrip().startswith(start)


def test_the_xlsx_extension_writes_a_workbook(year: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    assert par("score", year, "-o", out).returncode == 0
    assert out.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize("args", [["score", "-f", "json", "-o", "x.csv"],
                                  ["explain", "--unit", "long-an", "-o", "x.csv"]])
def test_a_format_the_extension_contradicts_is_refused(year: Path, tmp_path: Path,
                                                       args: list[str]) -> None:
    command, *rest = args
    rest = [str(tmp_path / a) if a == "x.csv" else a for a in rest]
    result = par(command, year, *rest)
    assert result.returncode == 2
    assert "x.csv" in one_error_line(result)
    assert not (tmp_path / "x.csv").exists()


def test_the_methodology_note_is_said_once_on_a_terminal() -> None:
    """It was printed twice: as the table's heading on stdout and again on stderr."""
    import pty

    leader, follower = pty.openpty()
    chunks = []
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "par_cli", "compare", "examples/provinces/2023",
             "examples/provinces/2024"], cwd=REPO, stdout=follower, stderr=follower,
            env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"})
        os.close(follower)
        while True:  # read while it writes: a full terminal buffer would block it
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed once everything was read
                break
            if not chunk:
                break
            chunks.append(chunk)
        returncode = process.wait(timeout=120)
    finally:
        os.close(leader)
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert returncode == 0, screen
    assert screen.count("use different criteria sets") == 1, screen[:2000]
    piped = par("compare", "examples/provinces/2023", "examples/provinces/2024")
    assert "use different criteria sets" in piped.stdout  # heading the table
    assert "use different criteria sets" in piped.stderr  # and said where a pipe cannot hide it
