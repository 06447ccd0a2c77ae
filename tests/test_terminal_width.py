"""Every table fits the terminal (docs/commands.md, "Terminal width"): par runs in a real
pseudo-terminal of 80 columns, in English and Vietnamese, on the bundled examples, and no line
it writes is wider than 80 cells; piped, a table keeps one row per line.

The real terminals are a handful of processes started together, each on its own terminal and
read while it writes (a full terminal buffer would block the writer); the rest of the matrix
runs in-process with the options such a terminal gives.
"""

from __future__ import annotations

import os
import pty
import re
import selectors
import subprocess
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from helpers import REPO, examples, par
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from par_cli.choices import Lang
from par_cli.reporters.fit import layout, wrap
from par_cli.reporters.grid import Grid
from par_cli.reporters.options import Options

P22, P23 = "examples/provinces/2022", "examples/provinces/2023"
DEPARTMENTS, MINISTRIES = "examples/departments/2023", "examples/ministries/2023"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)")


@dataclass(frozen=True)
class Case:
    args: tuple[str, ...]
    columns: int = 80
    color: bool = True  # False: NO_COLOR, the plain layout on a terminal

    @property
    def name(self) -> str:
        return " ".join(a.removeprefix("examples/") for a in self.args) + (
            "" if self.color else " NO_COLOR") + f" @{self.columns}"


def _case(*args: str, color: bool = True) -> list[Case]:
    return [Case((*args, "--lang", lang), color=color) for lang in ("en", "vi")]


# Real terminals (one process each, run together): every table command once, the languages
# alternating, and a terminal of 100 columns.
SCORE = Case(("score", P23, "--lang", "en"))
COMPARE = Case(("compare", P22, P23, "--lang", "vi"))
ON_A_TERMINAL = [
    SCORE,
    COMPARE,
    Case(("explain", P23, "--unit", "long-an", "--lang", "vi")),
    Case(("gap", P23, "--unit", "long-an", "--lang", "en"), color=False),
    Case(("audit", P23, "--lang", "vi")),
    Case(("check", "tests/data/check/invalid", "--lang", "en")),
]
WIDER = Case(("score", P23, "--lang", "vi"), columns=100)

# The rest of the matrix in-process (fast): each table also in the other language, on every
# example, with the options that change a table's columns, in colour and plain.
MATRIX = [
    Case(("score", P23, "--lang", "vi"), color=False),
    *_case("score", P22, "--group", "--top", "10"),
    *_case("score", DEPARTMENTS, "--by", "method"),
    Case(("score", MINISTRIES, "--group", "--lang", "vi"), color=False),
    Case(("compare", P22, P23, "--lang", "en"), color=False),
    *_case("compare", P22, P23, "--areas"),
    *_case("compare", P22, P23, "--unit", "long-an"),
    Case(("explain", P23, "--unit", "long-an", "--lang", "en")),
    Case(("explain", MINISTRIES, "--unit", "justice", "--lang", "vi"), color=False),
    Case(("gap", DEPARTMENTS, "--unit", "so-noi-vu", "--lang", "vi")),
    Case(("audit", DEPARTMENTS, "--lang", "en"), color=False),
    Case(("check", "tests/data/check/invalid", "--lang", "vi")),
    *_case("list", P22, P23),
    *_case("trend", P22, P23, "examples/provinces/2024"),
    *_case("trend", P22, P23, "--unit", "long-an"),
    *_case("score", P23, "--rank-by", "3", "--group"),
]


@dataclass(frozen=True)
class Run:
    returncode: int
    lines: list[str]  # what a person sees: escapes stripped, one entry per line
    stderr: str


def _run_all(cases: list[Case]) -> dict[Case, Run]:
    """Every case in its own pseudo-terminal, all at once."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("NO_COLOR", "PAR_LANG", "FORCE_COLOR", "COLUMNS", "LINES")}
    env.update(TERM="xterm", LINES="50")
    selector = selectors.DefaultSelector()
    started = []
    for case in cases:
        leader, follower = pty.openpty()
        errors = tempfile.TemporaryFile()  # noqa: SIM115 - closed with the terminals below
        process = subprocess.Popen(
            [sys.executable, "-m", "par_cli", *case.args], cwd=REPO, stdin=subprocess.DEVNULL,
            stdout=follower, stderr=errors,
            env={**env, "COLUMNS": str(case.columns), **({} if case.color else {"NO_COLOR": "1"})})
        os.close(follower)
        chunks: list[bytes] = []
        selector.register(leader, selectors.EVENT_READ, chunks)
        started.append((case, process, leader, chunks, errors))
    try:
        while selector.get_map():  # read while they write
            for key, _ in selector.select(timeout=120):
                try:
                    chunk = os.read(key.fd, 65536)
                except OSError:  # EIO: the writer is gone and everything was read
                    chunk = b""
                if chunk:
                    key.data.append(chunk)
                else:
                    selector.unregister(key.fd)
        runs = {}
        for case, process, _, chunks, errors in started:
            returncode = process.wait(timeout=120)
            errors.seek(0)
            screen = ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))
            runs[case] = Run(returncode, screen.replace("\r\n", "\n").split("\n"),
                             errors.read().decode("utf-8", "replace"))
    finally:
        for _, process, leader, _, errors in started:
            if process.poll() is None:
                process.kill()
            os.close(leader)
            errors.close()
        selector.close()
    return runs


@pytest.fixture(scope="module")
def runs() -> dict[Case, Run]:
    return _run_all([*ON_A_TERMINAL, WIDER])


def _too_wide(run: Run, columns: int) -> list[str]:
    return [f"{cell_len(line)}: {line}" for line in run.lines if cell_len(line) > columns]


def _fits(case: Case, run: Run) -> None:
    expected = 1 if case.args[0] == "check" else 0  # the files under invalid/ all have errors
    assert run.returncode == expected, run.stderr
    assert "Traceback" not in run.stderr
    assert sum(1 for line in run.lines if line.strip()) > 3, run.lines  # something was drawn
    assert not _too_wide(run, case.columns), "\n".join(_too_wide(run, case.columns))


@pytest.mark.parametrize("case", ON_A_TERMINAL, ids=lambda c: c.name)
def test_no_line_is_wider_than_the_terminal(runs: dict[Case, Run],
                                            case: Case) -> None:
    _fits(case, runs[case])


@pytest.mark.parametrize("case", MATRIX, ids=lambda c: c.name)
def test_every_table_fits_in_both_languages(monkeypatch: pytest.MonkeyPatch,
                                            case: Case) -> None:
    """In-process, stdout is not a terminal: the commands get the options a terminal of
    ``case.columns`` would give them (what the real terminals above show ``render_options``
    finds)."""
    from par_cli.cli import file_commands, list_command, year_commands
    from par_cli.cli.app import render_options

    def on_a_terminal(output: Path | None, lang: Lang | None, by_method: bool = False,
                      areas: bool | None = None) -> Options:
        found = render_options(output, lang, by_method, areas)
        return replace(found, color=case.color, width=case.columns)

    monkeypatch.chdir(REPO)
    for module in (year_commands, file_commands, list_command):
        monkeypatch.setattr(module, "render_options", on_a_terminal)
    result = par(*case.args)
    lines = ANSI.sub("", result.stdout).split("\n")
    _fits(case, Run(result.exit_code, lines, result.stderr))
    if not case.color:
        assert "\x1b[" not in result.stdout


def test_the_width_follows_columns(runs: dict[Case, Run]) -> None:
    """At 100 columns the room is used (a line wider than 80) and still no line is wider."""
    run = runs[WIDER]
    assert run.returncode == 0, run.stderr
    assert not _too_wide(run, 100), "\n".join(_too_wide(run, 100))
    assert _too_wide(run, 80)


def test_narrow_score_repeats_rank_and_name_in_each_block(
        runs: dict[Case, Run]) -> None:
    """At 80 columns the area columns move to a second block that repeats rank and unit, and
    the legend is one area a line."""
    lines = runs[SCORE].lines
    heads = [line.split() for line in lines if line.lstrip().startswith("Rank")]
    assert [head[:2] for head in heads] == [["Rank", "Unit"], ["Rank", "Unit"]]
    assert "Band" in heads[0] and "8" in heads[1] and "Band" not in heads[1]
    quang_ninh = [line.split() for line in lines if "Quang Ninh" in line]
    assert len(quang_ninh) == 2  # once per block, never cut
    legend = lines.index("Area index %:")
    assert lines[legend + 1].startswith("  1 Direction and administration of PAR")


def test_compare_hides_the_area_columns_that_do_not_fit_and_says_how_to_show_them(
        runs: dict[Case, Run]) -> None:
    auto = runs[COMPARE].lines
    note = [line for line in auto if "--areas" in line]
    assert note and note[0].startswith("Các cột hạng theo từng lĩnh vực được ẩn cho vừa 80 cột")
    assert not any("±hạng 8" in line for line in auto)


@pytest.mark.usefixtures("at_repo_root")
@pytest.mark.parametrize("form", ["table", "markdown"])
def test_no_areas_leaves_the_area_columns_out_whatever_the_width(form: str) -> None:
    """Not a terminal: the area columns and their legend are shown, unless --no-areas (which
    the user asked for, so no line says how to show them)."""
    shown = par("compare", P22, P23, "-f", form).stdout
    hidden = par("compare", P22, P23, "-f", form, "--no-areas").stdout
    assert "±rank 8" in shown and "Rank change per area" in shown
    assert "±rank 8" not in hidden and "Rank change per area" not in hidden
    assert "--areas" not in hidden
    assert "Long An" in hidden and "largest rise" in hidden


@pytest.mark.usefixtures("at_repo_root")
def test_piped_output_keeps_one_row_per_line() -> None:
    """Not a terminal (here, in-process), even with COLUMNS set: each unit is one line with all
    its numbers, and the footer and the legend are one line each, for grep and cut."""
    result = par("score", P23, "--lang", "en", env={"COLUMNS": "80", "NO_COLOR": None})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.split("\n")
    row = re.compile(r"^\s*=?\d+\*?\s+\S.*?(\s+\d+\.\d\d){2}\s+[ABC]?(\s+\d+\.\d\d){8}\s*$")
    assert sum(1 for line in lines if row.match(line)) == 63
    assert sum(1 for line in lines if "63 units (63 ranked)" in line) == 1
    legend = [line for line in lines if line.startswith("Area index %:")]
    assert len(legend) == 1 and "8 Impact of PAR" in legend[0] and cell_len(legend[0]) > 300


# ---- the layout itself ------------------------------------------------------------------------


def test_wrap_counts_display_cells_and_indents_what_it_continues() -> None:
    line = "  8 Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế"
    assert wrap(line, 200) == [line]
    lines = wrap(line, 30)
    assert all(cell_len(part) <= 30 for part in lines)
    assert lines[0].startswith("  8 ") and all(part.startswith("    ") for part in lines[1:])
    assert " ".join(part.strip() for part in lines) == line.strip()
    wide = wrap("名前 " * 20, 11)  # two cells a character
    assert max(cell_len(part) for part in wide) == 11 > max(len(part) for part in wide)
    assert wrap("a" * 25, 10) == ["a" * 10, "  " + "a" * 8, "  " + "a" * 7]  # a word is cut


words = st.text(alphabet="abcđêữ名 ", min_size=1, max_size=14).map(str.strip).filter(bool)


@settings(max_examples=examples(40), deadline=None)
@given(data=st.data(), columns=st.integers(3, 12), width=st.integers(40, 120))
def test_a_layout_fits_and_shows_every_column_once(data: st.DataObject, columns: int,
                                                   width: int) -> None:
    headers = data.draw(st.lists(words, min_size=columns, max_size=columns))
    rows = data.draw(st.lists(st.lists(words, min_size=columns, max_size=columns),
                              min_size=1, max_size=4))
    grid = Grid(headers, [i > 1 for i in range(columns)], rows, [], keys=(0, 1),
                sections=(1, 2 + columns // 2), name_column=1)
    blocks = layout(grid, width)
    assert all(block.width <= width for block in blocks)
    shown = [c for block in blocks for c in block.columns if c not in grid.keys]
    assert sorted(shown) == list(range(2, columns))
    if len(blocks) > 1:
        assert all(block.columns[:2] == [0, 1] for block in blocks)
