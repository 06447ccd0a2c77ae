"""The officer's surface (docs/commands.md): notes said once or not at all (``--quiet``), help
that names what options take, option refusals in plain words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import REPO, cli, par

from par_cli.cli import app

Y2022 = REPO / "examples" / "provinces" / "2022"
Y2023 = REPO / "examples" / "provinces" / "2023"
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands
                  if c.callback is not None)


def test_quiet_silences_notes_but_never_the_files_left_out(tmp_path: Path) -> None:
    folder = tmp_path / "year"
    folder.mkdir()
    (folder / "long-an.yaml").write_bytes((Y2023 / "long-an.yaml").read_bytes())
    (folder / "readme.txt").write_text("not a submission\n", "utf-8")
    code, _, loud = cli("score", folder)
    assert code == 0 and "provisional" in loud and "left out 1 file" in loud
    code, _, quiet = cli("score", folder, "--quiet")
    assert code == 0 and "provisional" not in quiet
    assert "left out 1 file(s) that are not YAML" in quiet
    _, _, loud_vi = cli("score", folder, "--lang", "vi")
    _, _, quiet_vi = cli("score", folder, "-q", "--lang", "vi")
    assert "tạm thời" in loud_vi and "tạm thời" not in quiet_vi and "readme.txt" in quiet_vi


def test_a_note_is_said_once_per_run() -> None:
    code, _, err = cli("compare", Y2022, Y2023, "-f", "json")
    assert code == 0
    assert err.count("provisional maxima") == 1, err


def test_quiet_check_says_nothing_when_clean_and_the_summary_when_not(tmp_path: Path) -> None:
    code, out, err = cli("check", Y2023, "-q")
    assert (code, out, err) == (0, "", "")
    bad = tmp_path / "bad.yaml"
    bad.write_text((Y2023 / "long-an.yaml").read_text("utf-8").replace("year: 2023", "year: x"),
                   "utf-8")
    code, _, err = cli("check", bad, "-q")
    assert code == 1 and "1 error(s)" in err


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_quiet_and_plain_help(command: str) -> None:
    result = par(command, "--help", env={"COLUMNS": "80"})
    assert result.exit_code == 0
    text = result.stdout
    assert "-q, --quiet" in text
    for typer_spelling in ("<bool>", "<list[", "<int", "<path>", "<text>", "{"):
        assert typer_spelling not in text, (command, typer_spelling)
    assert max(len(line) for line in text.splitlines()) <= 80


def test_the_command_list_shows_whole_sentences() -> None:
    text = par("--help", env={"COLUMNS": "80"}).stdout
    listed = text.split("Commands:")[1]
    assert "..." not in listed
    assert set(COMMANDS) <= set(re.findall(r"^  (\w+) ", listed, re.MULTILINE))


@pytest.mark.parametrize(("args", "said"), [
    (["score", str(Y2023), "--top", "0"], "'0' is not in the range x>=1."),
    (["score", str(Y2023), "--top", "ten"], "'ten' is not a valid whole number."),
    (["score", str(Y2023), "--max-depth", "5000"], "'5000' is not in the range x<=1000."),
    (["score", str(Y2023), "--format", "pdf"], "'pdf' is not one of 'table', 'json'"),
    (["score", str(Y2023), "--lang", "fr"], "'fr' is not one of 'en', 'vi'."),
])
def test_option_values_are_refused_in_plain_words(args: list[str], said: str) -> None:
    result = par(*args)
    assert result.exit_code == 2
    assert said in result.stderr
    assert "Value error" not in result.stderr and "Input should" not in result.stderr


def test_index_changes_are_said_in_percentage_points() -> None:
    """An area worth 13 points that rose "19.84 points" would read as more than its maximum:
    index changes are percentage points, in both languages."""
    story = par("compare", Y2022, Y2023, "--unit", "long-an").stdout
    assert "up 19.84 percentage points from 80.00 %" in story
    vi = par("compare", Y2022, Y2023, "--unit", "long-an", "--lang", "vi").stdout
    assert "tăng 19,84 điểm phần trăm so với 80,00 %" in vi
    assert "điểm so với" not in vi


def test_per_area_rank_columns_say_they_are_changes() -> None:
    """"Hạng 1" read as "rank 1"; the per-area columns hold rank changes of area N."""
    table = par("compare", Y2022, Y2023, "--lang", "vi").stdout
    assert "±hạng 1" in table and "Hạng 1 " not in table
    assert "Thay đổi hạng theo lĩnh vực" in table


def _on_a_terminal(*args: str | Path) -> str:
    """par with stdout and stderr on one pseudo-terminal, everything it drew (escapes kept)."""
    import os
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "PAR_LANG")}
    process = subprocess.Popen([sys.executable, "-m", "par_cli", *map(str, args)], cwd=REPO,
                               stdin=subprocess.DEVNULL, stdout=follower, stderr=follower,
                               env={**env, "COLUMNS": "100", "TERM": "xterm"})
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: par is gone and everything was read
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=120)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_the_progress_bar_knows_its_total_and_stays_away_from_small_runs(tmp_path: Path) -> None:
    text = (Y2023 / "long-an.yaml").read_text("utf-8")
    for i in range(210):
        (tmp_path / f"u{i}.yaml").write_text(text.replace("unit: long-an", f"unit: u{i}"),
                                             "utf-8")
    large = _on_a_terminal("score", tmp_path, "--top", "1", "-q")
    assert "/210" in large and "/?" not in large
    small = _on_a_terminal("score", Y2023, "--top", "1", "-q")
    assert "scoring" not in small and "/?" not in small


def test_a_decimal_comma_in_yaml_names_the_number_meant(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text(
        "format: par-submission/1\ncriteria: department-illustrative\nyear: 2023\nunit: x\n"
        "name: X\nscores:\n  \"2.3.2\": 2,5\n  \"2.3.1\": 87,5\n  \"2.1.1\": 3,000\n", "utf-8")
    code, err, _ = cli("check", tmp_path / "x.yaml")  # check lists the problems on stdout
    assert code == 1
    assert "x.yaml:7:12: error: '2.3.2': '2,5' is text in YAML, whose numbers take a decimal " \
           "point: write 2.5 [value-fit]" in err
    assert "write 87.5" in err
    assert "'3,000'" in err and "write 3.0" not in err  # ambiguous: no guess
    _, vi, _ = cli("check", tmp_path / "x.yaml", "--lang", "vi")
    assert "hãy viết 2.5" in vi
