"""`par check` over tests/data/check: valid files pass clean, each invalid file gives exactly the
problems its `# expect:` lines state.

An expectation line reads ``# expect: <line>:<col> <severity> <rule-id>`` where col may be ``*``,
optionally followed by ``~ <text>`` that the problem's message must contain. A file (or a folder
case's file) with no expectation line must give no problem at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from par_cli.loader import DEFAULT_LIMITS, Limits
from par_cli.problems import Problem
from par_cli.runs import check_run

DATA = Path(__file__).parent / "data" / "check"
VALID = DATA / "valid"
INVALID = DATA / "invalid"

_EXPECT = re.compile(
    r"^# expect: (?P<line>\d+):(?P<col>\d+|\*) (?P<severity>error|warning) (?P<rule>[a-z0-9-]+)"
    r"(?: ~ (?P<text>.+))?$"
)


@dataclass(frozen=True)
class Expected:
    line: int
    col: int | None  # None: any column
    severity: str
    rule: str
    text: str | None

    def key(self) -> tuple[int, int | None, str, str]:
        return (self.line, self.col, self.severity, self.rule)

    def matches(self, problem: Problem) -> bool:
        return (
            problem.line == self.line
            and (self.col is None or problem.col == self.col)
            and problem.severity.value == self.severity
            and problem.rule == self.rule
        )


def expectations(path: Path) -> list[Expected]:
    found: list[Expected] = []
    for raw in path.read_text(encoding="utf-8-sig").splitlines():
        if not raw.startswith("#"):
            break
        if raw.startswith("# expect"):
            m = _EXPECT.match(raw.rstrip())
            assert m is not None, f"{path}: malformed expectation {raw!r}"
            col = None if m["col"] == "*" else int(m["col"])
            found.append(Expected(int(m["line"]), col, m["severity"], m["rule"], m["text"]))
    return found


def check(paths: list[Path], limits: Limits = DEFAULT_LIMITS) -> list[Problem]:
    problems, _notes, _counts = check_run(paths, [VALID], limits)
    return problems


def assert_problems(path: Path, problems: list[Problem], expected: list[Expected]) -> None:
    """The problems of one file are exactly the expected ones (as a set), messages included."""
    got = sorted((p.line, p.col, p.severity.value, p.rule) for p in problems)
    unmatched = list(problems)
    missing: list[Expected] = []
    for want in expected:
        hit = next((p for p in unmatched if want.matches(p)), None)
        if hit is None:
            missing.append(want)
            continue
        unmatched.remove(hit)
        if want.text is not None:
            assert want.text in hit.english, f"{path}: {hit.text()!r} lacks {want.text!r}"
    shown = "\n".join(p.text() for p in problems)
    assert not missing and not unmatched, (
        f"{path}: expected {[w.key() for w in expected]}, got {got}\n{shown}"
    )
    for problem in problems:
        assert problem.path == str(path), problem
        assert "\n" not in problem.english and "\r" not in problem.english, problem
        assert problem.english.strip() == problem.english and problem.english, problem
        assert problem.line >= 1 and problem.col >= 1, problem


def _invalid_files() -> list[Path]:
    return sorted(p for p in INVALID.iterdir() if p.is_file() and p.suffix == ".yaml")


def _valid_files() -> list[Path]:
    return sorted(VALID.glob("*.yaml"))


# ---- valid ----------------------------------------------------------------------------------


def test_valid_folder_is_clean_without_criteria_option() -> None:
    """Submissions find test-mini among the criteria files being checked (docs/commands.md,
    "Where criteria sets are found")."""
    problems, notes, counts = check_run([VALID], [], DEFAULT_LIMITS)
    assert problems == [], "\n".join(p.text() for p in problems)
    assert notes == []
    assert counts == (2, 3)


@pytest.mark.parametrize("path", _valid_files(), ids=lambda p: p.name)
def test_valid_file_is_clean(path: Path) -> None:
    assert expectations(path) == []
    problems = check([path])
    assert problems == [], "\n".join(p.text() for p in problems)


def test_bom_file_really_has_a_bom() -> None:
    assert (VALID / "flat-bom.yaml").read_bytes().startswith(b"\xef\xbb\xbf")


# ---- invalid, one file per case -------------------------------------------------------------


@pytest.mark.parametrize("path", _invalid_files(), ids=lambda p: p.name)
def test_invalid_file_gives_exactly_the_stated_problems(path: Path) -> None:
    expected = expectations(path)
    assert expected, f"{path}: an invalid case must state its problems"
    assert_problems(path, check([path]), expected)


def _invalid_folders() -> list[Path]:
    return sorted(p for p in INVALID.iterdir() if p.is_dir())


@pytest.mark.parametrize("folder", _invalid_folders(), ids=lambda p: p.name)
def test_invalid_folder_gives_exactly_the_stated_problems(folder: Path) -> None:
    """Cases across files (duplicate-unit, duplicate-set): `par check` runs on the folder."""
    problems = check([folder])
    files = sorted(folder.glob("*.yaml"))
    assert {p.path for p in problems} <= {str(f) for f in files}
    stated = 0
    for file in files:
        expected = expectations(file)
        stated += len(expected)
        assert_problems(file, [p for p in problems if p.path == str(file)], expected)
    assert stated >= 1, f"{folder}: an invalid case must state its problems"


def test_unquoted_ids_1_1_and_1_10_are_distinct() -> None:
    problems = check([INVALID / "criteria-unquoted-id.yaml"])
    assert {p.rule for p in problems} == {"unquoted-id"}
    assert not any(p.is_error for p in problems)
    messages = " ".join(p.english for p in problems)
    assert "'1.1'" in messages and "'1.10'" in messages


# ---- invalid cases written from the test (bytes, size) --------------------------------------


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


SUBMISSION_TEXT = (
    "format: par-submission/1\n"
    "criteria: test-mini\n"
    "year: 2023\n"
    "unit: son-la\n"
    "name: Sơn La, Đồng Tháp\n"
    'scores: {"1": 12, "2": 8}\n'
)


def test_windows_1258_file_is_an_encoding_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "cp1258.yaml", SUBMISSION_TEXT.encode("cp1258", errors="replace"))
    problems = check([path])
    assert [(p.line, p.col, p.rule) for p in problems] == [(5, 8, "encoding")]
    assert "UTF-8" in problems[0].english
    assert problems[0].path == str(path)


def test_latin_1_file_is_an_encoding_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "latin1.yaml",
                  SUBMISSION_TEXT.replace("Sơn La, Đồng Tháp", "Café").encode("latin-1"))
    problems = check([path])
    assert [(p.line, p.col, p.rule) for p in problems] == [(5, 10, "encoding")]
    assert "UTF-8" in problems[0].english


def test_utf_16_file_with_bom_is_an_encoding_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "utf16.yaml", SUBMISSION_TEXT.encode("utf-16"))
    problems = check([path])
    assert [(p.line, p.col, p.rule) for p in problems] == [(1, 1, "encoding")]
    assert "UTF-8" in problems[0].english


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf_16_file_without_bom_is_an_encoding_error(tmp_path: Path, codec: str) -> None:
    """UTF-16 saved without a byte-order mark is still non-UTF-8 text: docs/rules.md wants the
    message to say which encoding is expected, not a YAML complaint about NUL characters."""
    ascii_only = SUBMISSION_TEXT.replace("Sơn La, Đồng Tháp", "Son La")
    path = _write(tmp_path, f"{codec}.yaml", ascii_only.encode(codec))
    problems = check([path])
    assert [(p.line, p.rule) for p in problems] == [(1, "encoding")], problems
    assert "UTF-8" in problems[0].english


def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.yaml", SUBMISSION_TEXT.encode() + b"# padding\n" * 20)
    # no --criteria here: the small limit would refuse tests/data/check/valid too
    problems, _notes, _counts = check_run([path], [], Limits(max_bytes=200))
    assert [(p.path, p.line, p.col, p.severity.value, p.rule) for p in problems] == [
        (str(path), 1, 1, "error", "too-large")
    ]
    assert "\n" not in problems[0].english
    # the same file under the default limit is fine
    assert check([path]) == []


def test_bom_then_invalid_content_still_located(tmp_path: Path) -> None:
    """A BOM does not shift line and column numbers."""
    path = _write(tmp_path, "bom.yaml", b"\xef\xbb\xbf" + SUBMISSION_TEXT.replace(
        "year: 2023", "year: 2021").encode())
    problems = check([path])
    assert [(p.line, p.col, p.rule) for p in problems] == [(3, 7, "year-not-in-set")]
