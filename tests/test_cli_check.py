"""`par check` through the command line: exit codes, stdout (the problems) and stderr apart."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from helpers import REPO, par
from typer.testing import Result

CHECK_DATA = Path("tests") / "data" / "check"
VALID = CHECK_DATA / "valid"
INVALID = CHECK_DATA / "invalid"
PROBLEM_LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning): "
    r"(?P<message>.+) \[(?P<rule>[a-z0-9-]+)\]$"
)

pytestmark = pytest.mark.usefixtures("at_repo_root")


def assert_no_traceback(result: Result) -> None:
    assert "Traceback" not in result.stdout and "Traceback" not in result.stderr
    assert "╭" not in result.stderr, "typer's multi-line error panel"


def test_shipped_criteria_and_examples_pass() -> None:
    result = par("check", "criteria/", "examples/")
    assert result.exit_code == 0, result.output
    assert_no_traceback(result)
    for line in result.stdout.splitlines():  # warnings only (provisional maxima)
        m = PROBLEM_LINE.match(line)
        assert m is not None, line
        assert m["severity"] == "warning", line
    assert "checked" in result.stderr


def test_valid_corpus_passes_with_nothing_on_stdout() -> None:
    result = par("check", VALID)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "0 error(s), 0 warning(s)" in result.stderr


def test_invalid_file_exits_1_with_the_problem_on_stdout() -> None:
    path = INVALID / "criteria-max-sum.yaml"
    result = par("check", path)
    assert result.exit_code == 1, result.output
    assert_no_traceback(result)
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    m = PROBLEM_LINE.match(lines[0])
    assert m is not None, lines[0]
    assert (m["path"], m["line"], m["col"], m["severity"], m["rule"]) == (
        str(path), "12", "10", "error", "max-sum")
    assert lines[0] not in result.stderr  # the data goes to stdout only


def test_submission_with_criteria_option() -> None:
    path = INVALID / "submission-year-not-in-set.yaml"
    result = par("check", "--criteria", VALID, path)
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith(f"{path}:5:7: error: ")
    assert result.stdout.rstrip().endswith("[year-not-in-set]")


def test_github_format() -> None:
    result = par("check", "--format", "github", INVALID / "criteria-max-sum.yaml",
                 INVALID / "criteria-duplicate-id.yaml")
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    for line in lines:
        assert line.startswith("::error file="), line
        assert re.match(r"^::error file=[^,]+,line=\d+,col=\d+", line), line
    assert f"::error file={INVALID / 'criteria-max-sum.yaml'},line=12,col=10" in result.stdout
    assert sorted(re.findall(r",title=([a-z0-9-]+)::.* \[\1\]$", result.stdout, re.M)) == [
        "duplicate-id", "max-sum"]


def test_json_format() -> None:
    result = par("check", "-f", "json", INVALID / "criteria-max-sum.yaml",
                 INVALID / "criteria-provisional.yaml")
    assert result.exit_code == 1, result.output
    problems = json.loads(result.stdout)
    assert isinstance(problems, list) and len(problems) == 2
    for item in problems:
        assert set(item) == {"path", "line", "col", "severity", "rule", "message"}
        assert isinstance(item["line"], int) and isinstance(item["col"], int)
    assert {(p["rule"], p["severity"]) for p in problems} == {
        ("max-sum", "error"), ("provisional", "warning")}
    first = next(p for p in problems if p["rule"] == "max-sum")
    assert (first["path"], first["line"], first["col"]) == (
        str(INVALID / "criteria-max-sum.yaml"), 12, 10)


def test_json_format_when_clean_is_an_empty_list() -> None:
    result = par("check", "--format", "json", VALID)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


def test_warning_fails_only_with_strict() -> None:
    path = INVALID / "criteria-provisional.yaml"
    relaxed = par("check", path)
    assert relaxed.exit_code == 0, relaxed.output
    assert "[provisional]" in relaxed.stdout
    strict = par("check", "--strict", path)
    assert strict.exit_code == 1, strict.output
    assert "[provisional]" in strict.stdout


def test_path_that_does_not_exist_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    result = par("check", missing)
    assert result.exit_code == 2, result.output
    assert_no_traceback(result)
    assert result.stdout == ""
    message = result.stderr.strip()
    assert "\n" not in message
    assert str(missing) in message
    assert message == f"par: error: {missing}: no such file or folder"


def test_criteria_option_that_does_not_exist_exits_2(tmp_path: Path) -> None:
    result = par("check", "--criteria", tmp_path / "nope", VALID)
    assert result.exit_code == 2, result.output
    assert_no_traceback(result)
    assert "\n" not in result.stderr.strip()
    assert result.stderr.strip() == f"par: error: {tmp_path / 'nope'}: no such file or folder"


def test_missing_path_wins_over_problems(tmp_path: Path) -> None:
    """When both happen, 2 wins (docs/exit-codes.md)."""
    result = par("check", INVALID / "criteria-max-sum.yaml", tmp_path / "nope.yaml")
    assert result.exit_code == 2, result.output
    assert_no_traceback(result)
    assert (f"par: error: {tmp_path / 'nope.yaml'}: no such file or folder"
            in result.stderr.splitlines()), result.stderr


def test_unreadable_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "locked.yaml"
    shutil.copy(REPO / VALID / "test-flat.yaml", path)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with privileges that read a chmod 000 file (root)")
        result = par("check", path)
        assert result.exit_code == 2, result.output
        assert_no_traceback(result)
        assert "\n" not in result.stderr.strip()
        assert str(path) in result.stderr
        assert f"{path}: cannot read file (permission denied)" in result.stderr
    finally:
        path.chmod(0o644)


def test_permission_denied_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same path as a chmod 000 file, simulated so that it also runs as root."""

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("par_cli.textfile.open", denied, raising=False)
    result = par("check", VALID / "test-flat.yaml")
    assert result.exit_code == 2, result.output
    assert_no_traceback(result)
    assert result.stdout == ""
    assert "\n" not in result.stderr.strip()
    assert "test-flat.yaml" in result.stderr
    assert "test-flat.yaml: cannot read file (permission denied)" in result.stderr


def test_folder_with_a_non_yaml_file_notes_it_and_passes(tmp_path: Path) -> None:
    shutil.copy(REPO / VALID / "test-flat.yaml", tmp_path / "test-flat.yaml")
    (tmp_path / "README.txt").write_text("not YAML\n", encoding="utf-8")
    result = par("check", tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "README.txt" in result.stderr


def test_yaml_without_format_is_skipped_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "other.yaml").write_text("name: something else\n", encoding="utf-8")
    result = par("check", tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "other.yaml" in result.stderr


def test_input_problems_never_show_a_traceback() -> None:
    result = par("check", INVALID)
    assert result.exit_code == 1, result.output
    assert_no_traceback(result)
    rules = set()
    for line in result.stdout.splitlines():
        m = PROBLEM_LINE.match(line)
        assert m, line
        rules.add(m["rule"])
    # without --criteria, the submissions of the corpus name a set that is not there
    assert rules == {
        "alias-limit", "bands-order", "depth-limit", "duplicate-id", "duplicate-key",
        "duplicate-set", "duplicate-unit", "empty-file", "max-sum", "not-mapping",
        "options-range", "per-positive", "provisional", "rule-on-parent", "rule-params",
        "schema", "steps-order", "total-sum", "unknown-criteria-set", "unknown-format",
        "unknown-method", "unquoted-id", "yaml-syntax"}


def test_every_problem_is_one_line_even_with_newlines_in_the_file(tmp_path: Path) -> None:
    """docs/commands.md: every problem is one line. Messages quote what the file says (a format
    value, an option name, an id); a quoted value with a line break must not split the problem."""
    (tmp_path / "format.yaml").write_text('format: "par-x\\nfoo"\n', encoding="utf-8")
    (tmp_path / "scores.yaml").write_text(
        "format: par-submission/1\ncriteria: test-mini\nyear: 2023\nunit: long-an\n"
        'name: Long An\nscores:\n  "1": 12\n  "2": "eight\\npoints"\n  "9\\n9": 1\n',
        encoding="utf-8")
    (tmp_path / "field.yaml").write_text(
        'format: par-criteria/1\nid: f\ntitle: F\nyears: [2023]\nmax: 1\n"bad\\nfield": 1\n'
        'criteria:\n  - {id: "1", name: One, max: 1}\n', encoding="utf-8")
    as_json = par("check", "-c", VALID, "-f", "json", tmp_path)
    count = len(json.loads(as_json.stdout))
    assert count == 4, as_json.stdout
    assert [(Path(p["path"]).name, p["line"], p["rule"]) for p in json.loads(as_json.stdout)] == [
        ("field.yaml", 6, "schema"), ("format.yaml", 1, "unknown-format"),
        ("scores.yaml", 8, "value-fit"), ("scores.yaml", 9, "unknown-id")]
    as_text = par("check", "-c", VALID, tmp_path)
    assert as_text.exit_code == 1
    lines = as_text.stdout.splitlines()
    assert len(lines) == count, as_text.stdout
    for line in lines:
        assert PROBLEM_LINE.match(line), line


def test_bad_format_option_exits_2() -> None:
    result = par("check", "--format", "xml", VALID)
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr and "'xml'" in result.stderr
