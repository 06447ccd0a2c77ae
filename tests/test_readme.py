"""The README keeps its promises: its example commands run, and every command is documented."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from helpers import REPO, par
from typer.main import get_command

from par_cli.cli import app

README = (REPO / "README.md").read_text(encoding="utf-8")




def _bash_blocks() -> list[str]:
    return re.findall(r"```bash\n(.*?)```", README, flags=re.S)


def _examples() -> list[str]:
    lines = []
    for block in _bash_blocks():
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line.startswith("par ") and "<" not in line and "old/" not in line:
                lines.append(line)
    return lines


def test_readme_opens_with_the_two_commands() -> None:
    first = _bash_blocks()[0].strip().splitlines()
    assert len(first) == 2
    assert "python3 -m venv .venv" in first[0] and "par score examples/provinces/2023" in first[0]
    assert first[1] == ".venv/bin/python -m pytest"
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert ".venv/bin/python -m pytest" in ci


def test_readme_examples_run_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every `par ...` line of the README, run in order in one folder (later lines may use the
    files earlier ones wrote); `--strict` on the shipped criteria fails on purpose (provisional
    maxima are warnings)."""
    for name in ("examples", "criteria"):
        (tmp_path / name).symlink_to(REPO / name)
    monkeypatch.chdir(tmp_path)
    lines = _examples()
    assert len(lines) > 20
    for line in lines:
        args = shlex.split(line)[1:]
        target = None
        if ">" in args:
            target = tmp_path / args[args.index(">") + 1]
            args = args[: args.index(">")]
        if args[0] == "import" and args[1] == "long-an.xlsx":
            (tmp_path / "submissions" / "2023").mkdir(parents=True, exist_ok=True)
            result = par(*args)
            assert result.exit_code == 1, line  # a blank template is not a submission yet
            # every blank score is said at its own cell, in one run
            blanks = [x for x in result.stderr.splitlines() if "[uncovered]" in x]
            assert blanks[0] in (
                "long-an.xlsx:Submission!F11: error: '1' has no score (fill in the cell, write "
                "n/a, or import with --allow-missing) [uncovered]",
                "long-an.xlsx:Chấm điểm!F11: error: '1' chưa có điểm (hãy điền ô này, ghi n/a, "
                "hoặc nhập với --allow-missing) [uncovered]"), result.stderr
            assert len(blanks) == 9  # areas 1-7 and the two parts of area 8
            continue
        result = par(*args)
        expected = 1 if "--strict" in args else 0
        assert result.exit_code == expected, f"{line}\n{result.stderr}"
        if "--strict" in args:  # fails on the provisional maxima, warnings only
            assert re.search(r"^\S+:\d+:\d+: warning: .* \[provisional\]$", result.stdout, re.M)
            assert ": error: " not in result.stdout, result.stdout
        if target is not None:
            target.write_text(result.stdout, encoding="utf-8")


def test_every_command_is_documented_and_has_help() -> None:
    group = get_command(app)
    names = sorted(group.commands)  # type: ignore[attr-defined]
    assert {"check", "score", "compare", "explain", "gap", "audit", "schema", "template",
            "import"} <= set(names)
    for name in names:
        assert f"par {name}" in README, (
            f"README does not show 'par {name}'")
        result = par(name, "--help")
        assert result.exit_code == 0
        assert len(result.stdout.strip().splitlines()) > 3


def test_version() -> None:
    result = par("--version")
    assert result.exit_code == 0 and result.stdout.startswith("par ")


def test_rule_ids_are_documented() -> None:
    from par_cli.checks import RULES

    for rule in RULES:
        assert f"`{rule}`" in README, rule
