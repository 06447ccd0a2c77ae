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
