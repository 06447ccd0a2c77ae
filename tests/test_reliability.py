"""Reliability: nothing lost, nothing silently wrong, under every bad input we can think of.

1. The bad-input corpora of ``par score`` (tests/data/score_bad) and ``par compare``
   (tests/data/compare_bad), run through the command line: one folder per case, its
   ``expect.txt`` stating the exit code and every located error.
2. Limits: files over the size limit, alias bombs, deep nesting, very long lines, symbolic-link
   loops, unreadable files (no timing here: benchmarks/limits_bench.py measures).
3. Integrity: a failed run never writes ``--output``; results are byte-for-byte the same whatever
   the order of files and of keys; every problem of every file is reported in one run.

``expect.txt`` of a case folder, one statement a line (``#`` starts a comment)::

    exit 1                               the exit code
    args score {case}/year --criteria _criteria    the command (default: see DEFAULT_ARGS)
    error year/bad.yaml:7:10 value-fit   a line ``<case>/year/bad.yaml:7:10: error: … [value-fit]``
                                         on stderr (col may be ``*``); the located errors on stderr
                                         are exactly the stated ones
    stderr some text                     text that stderr must contain
    stdout some text                     text that stdout must contain (cases that succeed)

The commands run from the corpus folder, so paths read as in the expectations; ``_criteria``
holds the criteria set the cases use.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import helpers
import pytest
from helpers import REPO
from typer.testing import Result

from par_cli.loader import Limits

DATA = Path(__file__).parent / "data"
SCORE_BAD = DATA / "score_bad"
COMPARE_BAD = DATA / "compare_bad"
DEFAULT_ARGS = {
    "score_bad": "score {case}/year --criteria _criteria",
    "compare_bad": "compare {case}/old {case}/new --criteria _criteria",
}
LOCATED = re.compile(r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): "
                     r"(?P<severity>error|warning): (?P<message>.+) \[(?P<rule>[a-z0-9-]+)\]$")


@pytest.fixture(autouse=True)
def _no_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def _without_shipped_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    """The corpus names its own criteria set; reading the shipped ones for every case would
    take most of the suite's time (and they must not change what a case shows)."""
    monkeypatch.setattr("par_cli.catalog.SHIPPED_CRITERIA", DATA / "no-such-folder")
    monkeypatch.setattr("par_cli.catalog.REPO_CRITERIA", DATA / "no-such-folder")


def par(*args: str | Path) -> Result:
    """Run par in-process (helpers.par: no traceback, no unexpected exception, whatever happens);
    every run here is about input, so no typer error panel either."""
    result = helpers.par(*args)
    assert "╭" not in result.stderr, result.stderr  # no typer error panel for an input problem
    return result


# ---- 1. the corpora ----------------------------------------------------------------------------


@dataclass
class Expected:
    exit_code: int
    args: str
    errors: list[tuple[str, int, int | None, str]] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    stdout: list[str] = field(default_factory=list)


def expected(case: Path) -> Expected:
    want = Expected(-1, DEFAULT_ARGS[case.parent.name])
    if (case / "map.yaml").exists():
        want.args += " --map {case}/map.yaml"
    for raw in (case / "expect.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        if word == "exit":
            want.exit_code = int(rest)
        elif word == "args":
            want.args = rest
        elif word == "error":
            where, rule = rest.split()
            path, row, col = where.rsplit(":", 2)
            want.errors.append((f"{case.name}/{path}", int(row), None if col == "*" else int(col),
                                rule))
        elif word == "stderr":
            want.stderr.append(rest)
        elif word == "stdout":
            want.stdout.append(rest)
        else:
            raise AssertionError(f"{case}/expect.txt: unknown statement {raw!r}")
    assert want.exit_code >= 0, f"{case}/expect.txt states no exit code"
    assert want.exit_code == 0 or want.errors or want.stderr, f"{case}: states nothing to see"
    return want


def cases(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.iterdir() if p.is_dir() and not p.name.startswith("_"))


def run_case(case: Path, want: Expected, monkeypatch: pytest.MonkeyPatch,
             extra: tuple[str, ...] = ()) -> Result:
    monkeypatch.chdir(case.parent)
    args = shlex.split(want.args.format(case=case.name))
    return par(*args, *extra)


def check_case(case: Path, result: Result, want: Expected) -> None:
    shown = f"{case.name}: exit {result.exit_code}\n--- stderr\n{result.stderr}"
    assert result.exit_code == want.exit_code, shown
    located = [m for m in map(LOCATED.match, result.stderr.splitlines()) if m is not None]
    errors = [m for m in located if m["severity"] == "error"]
    for path, line, col, rule in want.errors:
        assert any(m["path"] == path and int(m["line"]) == line
                   and (col is None or int(m["col"]) == col) and m["rule"] == rule
                   for m in errors), f"missing {path}:{line}:{col or '*'} [{rule}]\n{shown}"
    assert len(errors) == len(want.errors), f"unexpected located errors\n{shown}"
    for text in want.stderr:
        assert text in result.stderr, f"stderr lacks {text!r}\n{shown}"
    for text in want.stdout:
        assert text in result.stdout, f"stdout lacks {text!r}\n{result.stdout}"
    if want.exit_code != 0:
        assert result.stdout == "", result.stdout
        assert result.stderr.rstrip().splitlines()[-1].startswith("par: error: "), shown
    for line in result.stderr.splitlines():
        if re.match(r"^\S+:\d+:\d+: ", line):
            assert LOCATED.match(line), f"a problem not in the one-line form: {line!r}"


@pytest.mark.usefixtures("_without_shipped_sets")
@pytest.mark.parametrize("case", cases(SCORE_BAD), ids=lambda p: p.name)
def test_score_corpus(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    want = expected(case)
    check_case(case, run_case(case, want, monkeypatch), want)


@pytest.mark.usefixtures("_without_shipped_sets")
@pytest.mark.parametrize("case", cases(COMPARE_BAD), ids=lambda p: p.name)
def test_compare_corpus(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    want = expected(case)
    check_case(case, run_case(case, want, monkeypatch), want)


FAILING = [c for c in cases(SCORE_BAD) + cases(COMPARE_BAD) if expected(c).exit_code != 0]


@pytest.mark.usefixtures("_without_shipped_sets")
@pytest.mark.parametrize("case", FAILING, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_failed_run_never_touches_the_output_file(case: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/commands.md integrity: a run that fails leaves --output as it was (not written, not
    truncated) and leaves no temporary file behind."""
    want = expected(case)
    target = tmp_path / "out" / "result.txt"
    target.parent.mkdir()
    before = b"the previous ranking \x00\xff\n"
    target.write_bytes(before)
    result = run_case(case, want, monkeypatch, ("--output", str(target)))
    assert result.exit_code == want.exit_code, result.stderr
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["result.txt"]


def test_corpora_cover_every_case_of_spec_5() -> None:
    """The classes of bad input in docs/rules.md, each with at least one case for score and
    for compare."""
    def rules(corpus: Path) -> set[str]:
        found: set[str] = set()
        for case in cases(corpus):
            want = expected(case)
            found |= {rule for *_, rule in want.errors}
            found |= {m for text in want.stderr for m in re.findall(r"\[([a-z-]+)\]", text)}
        return found

    spec_5 = {"yaml-syntax", "empty-file", "not-mapping", "duplicate-key", "value-fit", "schema",
              "unknown-id", "unknown-criteria-set", "duplicate-unit", "mixed-run", "encoding",
              "alias-limit", "depth-limit"}
    assert spec_5 <= rules(SCORE_BAD), spec_5 - rules(SCORE_BAD)
    assert spec_5 <= rules(COMPARE_BAD), spec_5 - rules(COMPARE_BAD)


def test_compare_corpus_has_a_json_case_that_works() -> None:
    """The JSON cases break a file that, unbroken, is a usable year (so they test the break)."""
    assert expected(COMPARE_BAD / "json-valid").exit_code == 0


@pytest.mark.usefixtures("_without_shipped_sets")
def test_compare_reports_the_problems_of_both_years(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "old"
    new = tmp_path / "new"
    shutil.copytree(COMPARE_BAD / "bad-file-in-old" / "old", old)
    shutil.copytree(COMPARE_BAD / "bad-file-in-new" / "new", new)
    result = par("compare", old, new, "--criteria", COMPARE_BAD / "_criteria")
    assert result.exit_code == 1
    assert "[value-fit]" in result.stderr and "[duplicate-key]" in result.stderr


# ---- 2. limits ---------------------------------------------------------------------------------

SUBMISSION = (SCORE_BAD / "every-problem-of-every-file" / "year" / "d.yaml").read_text("utf-8")
CRITERIA = SCORE_BAD / "_criteria"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def located(result: Result) -> list[tuple[str, int, int, str]]:
    return [(m["path"], int(m["line"]), int(m["col"]), m["rule"])
            for m in map(LOCATED.match, (result.stdout + result.stderr).splitlines()) if m]


def test_file_over_the_size_limit_is_refused_by_check_score_and_compare(tmp_path: Path) -> None:
    big = write(tmp_path / "year" / "big.yaml",
                SUBMISSION + "# padding\n" * 120_000)  # 1.1 MiB, over --max-file-size 1
    write(tmp_path / "year" / "good.yaml", SUBMISSION.replace("ha-noi", "hue"))
    for args in (["check", big], ["score", tmp_path / "year"],
                 ["compare", tmp_path / "year", tmp_path / "year"]):
        result = par(*args, "--criteria", CRITERIA, "--max-file-size", "1")
        assert result.exit_code == 1, result.output
        assert located(result) == [(str(big), 1, 1, "too-large")]
        assert "--max-file-size" in result.output and "over the 1 MB limit" in result.output
    assert par("score", tmp_path / "year", "--criteria", CRITERIA, "--max-file-size", "2"
               ).exit_code == 0


def test_huge_file_is_refused_without_being_read(tmp_path: Path) -> None:
    """A sparse 8 GB file: refused from its size alone (reading it would take minutes and
    all the memory; no timing is asserted, the test would simply not end)."""
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as handle:
        handle.write(SUBMISSION.encode())
        handle.truncate(8 * 1024**3)
    result = par("check", path, "--criteria", CRITERIA)
    assert result.exit_code == 1
    assert located(result) == [(str(path), 1, 1, "too-large")]
    assert "8192.0 MB" in result.stdout


def test_score_json_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(COMPARE_BAD)
    path = write(tmp_path / "old.json", (COMPARE_BAD / "json-valid" / "old.json").read_text("utf-8")
                 + " " * 1_100_000)
    result = par("compare", path, "json-valid/new", "--criteria", "_criteria",
                 "--max-file-size", "1")
    assert result.exit_code == 1
    assert located(result) == [(str(path), 1, 1, "too-large")]


BOMB = "l0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"l{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 9))


@pytest.mark.parametrize("command", ["check", "score"])
def test_alias_bomb_is_refused(tmp_path: Path, command: str) -> None:
    path = write(tmp_path / "year" / "bomb.yaml", SUBMISSION + BOMB)
    result = par(command, path, "--criteria", CRITERIA)
    assert result.exit_code == 1
    # located at the anchor whose aliases pass the limit: l4 (9 aliases of 66,430 nodes)
    assert [(line, rule) for _, line, _, rule in located(result)] == [(22, "alias-limit")]
    # the limit can be lowered (and raised): a small alias use is fine until it is passed
    small = write(tmp_path / "small.yaml", SUBMISSION + "x: &x [1, 2, 3]\ny: [*x, *x]\n")
    result = par("check", small, "--criteria", CRITERIA, "--max-alias-nodes", "5")
    assert [rule for *_, rule in located(result)] == ["alias-limit"]
    assert "--max-alias-nodes" in result.stdout
    result = par("check", small, "--criteria", CRITERIA)  # only the two unknown fields x and y
    assert [rule for *_, rule in located(result)] == ["schema", "schema"]


@pytest.mark.parametrize(("levels", "rule_line"), [(65, 18), (100_000, 18)])
def test_deep_nesting_is_refused(tmp_path: Path, levels: int, rule_line: int) -> None:
    path = write(tmp_path / "deep.yaml", SUBMISSION + "deep: " + "[" * levels + "]" * levels + "\n")
    result = par("check", path, "--criteria", CRITERIA)
    assert result.exit_code == 1
    assert [(line, rule) for _, line, _, rule in located(result)] == [(rule_line, "depth-limit")]
    lowered = par("check", path, "--criteria", CRITERIA, "--max-depth", "2")
    assert lowered.exit_code == 1
    assert [rule for p, _, _, rule in located(lowered) if p == str(path)] == ["depth-limit"]
    assert f"{path}:" in lowered.stdout and "nesting deeper than 2 levels" in lowered.stdout


def test_too_many_nodes_are_refused_before_they_are_built() -> None:
    """The node limit (1,000,000 by default) is counted on the parser's events, so a file of
    millions of tiny values is refused without building them (benchmarks/limits_bench.py)."""
    from par_cli.loader import load_text

    items = ", ".join(["a"] * 1500)
    result = load_text(SUBMISSION + f"x: [{items}]\n", "many.yaml", Limits(max_nodes=1000))
    assert result.document is None
    assert [(p.line, p.rule) for p in result.problems] == [(18, "too-large")]
    assert "1,000 YAML values" in result.problems[0].english
    # under the limit, or a text with many separators but few nodes: loaded as usual
    assert load_text(SUBMISSION + f"x: [{items}]\n", "many.yaml", Limits()).problems == []
    block = "x: |\n" + "  a, b: [c, d]\n" * 500
    assert load_text(SUBMISSION + block, "text.yaml", Limits(max_nodes=1000)).problems == []


def test_text_with_lone_surrogates_is_an_encoding_problem() -> None:
    """load_text is public: text that did not come from decode() may hold lone surrogates."""
    from par_cli.loader import load_text

    result = load_text("a: 1\nb: \ud800\n", "t.yaml")
    assert [(p.line, p.col, p.rule) for p in result.problems] == [(2, 4, "encoding")]


def test_long_lines_under_the_size_limit_are_read(tmp_path: Path) -> None:
    """A file under the size limit may have lines of any length: a 2 MB line of evidence is
    scored like any other file."""
    text = SUBMISSION.replace('"1.3": 87.5', '"1.3": {self: 87.5, evidence: [' + "x" * 2_000_000
                              + "]}")
    folder = tmp_path / "year"
    write(folder / "long.yaml", text)
    result = par("score", folder, "--criteria", CRITERIA, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    assert "ha-noi" in result.stdout


def test_a_long_bad_value_gives_a_short_message(tmp_path: Path) -> None:
    """A problem quoting a value of megabytes stays one readable line."""
    text = SUBMISSION.replace('"1.3": 87.5', '"1.3": "' + "x" * 1_000_000 + '"')
    text = text.replace("format: par-submission/1", "format: par-submission/1\ncolour" + "y" * 500
                        + ": red")
    path = write(tmp_path / "long.yaml", text)
    result = par("check", path, "--criteria", CRITERIA)
    assert result.exit_code == 1
    # the unknown field does not hide the scoring checks of the rest of the file
    assert sorted(rule for *_, rule in located(result)) == ["schema", "value-fit"]
    assert max(len(line) for line in result.stdout.splitlines()) < 400
    path = write(tmp_path / "value.yaml", SUBMISSION.replace('"1.3": 87.5',
                                                             '"1.3": "' + "x" * 1_000_000 + '"'))
    result = par("check", path, "--criteria", CRITERIA)
    assert [rule for *_, rule in located(result)] == ["value-fit"]
    assert "1000000 characters" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) < 400


def test_many_problems_in_one_file_are_all_reported(tmp_path: Path) -> None:
    """Thousands of unknown ids: each located (once this was quadratic: minutes)."""
    ids = "".join(f'  "x{i}": 1\n' for i in range(3000))
    path = write(tmp_path / "many.yaml", SUBMISSION + ids)
    result = par("check", path, "--criteria", CRITERIA)
    problems = located(result)
    assert len(problems) == 3000 and {rule for *_, rule in problems} == {"unknown-id"}
    assert [line for _, line, _, _ in problems] == list(range(18, 3018))


def test_symbolic_link_loop_is_walked_once(tmp_path: Path) -> None:
    folder = tmp_path / "year"
    write(folder / "sub" / "a.yaml", SUBMISSION)
    (folder / "sub" / "up").symlink_to("..", target_is_directory=True)
    (folder / "sub" / "again").symlink_to(folder, target_is_directory=True)
    (folder / "b.yaml").symlink_to(folder / "sub" / "a.yaml")  # the same file by two names
    result = par("check", folder, "--criteria", CRITERIA)
    assert result.exit_code == 0, result.output
    assert "1 submission file(s)" in result.stderr
    result = par("score", folder, "--criteria", CRITERIA, "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("ha-noi") == 1


def test_a_link_to_itself_names_the_file(tmp_path: Path) -> None:
    write(tmp_path / "good.yaml", SUBMISSION)
    (tmp_path / "self.yaml").symlink_to(tmp_path / "self.yaml")
    result = par("check", tmp_path, "--criteria", CRITERIA)
    assert result.exit_code == 2
    assert f"{tmp_path / 'self.yaml'}: cannot read file" in result.stderr


def test_a_pipe_in_a_folder_is_skipped_not_waited_for(tmp_path: Path) -> None:
    import threading

    write(tmp_path / "good.yaml", SUBMISSION)
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)

    def unblock() -> None:  # were par to open the pipe, it would get an end of file, not hang
        with open(fifo, "wb"):
            pass

    writer = threading.Thread(target=unblock, daemon=True)
    writer.start()
    try:
        result = par("check", tmp_path, "--criteria", CRITERIA)
    finally:
        if writer.is_alive():
            with open(fifo, "rb"):
                pass
        writer.join(5)
    assert result.exit_code == 0, result.output
    assert f"{fifo}" in result.stderr and "not regular files" in result.stderr


def _deny(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make one file unreadable (chmod 000 does not stop root, which CI may be)."""
    real_open = open

    def guarded(file: object, *args: object, **kwargs: object) -> object:
        if str(file).endswith(name):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("par_cli.textfile.open", guarded, raising=False)


@pytest.mark.parametrize("command", ["check", "score"])
def test_permission_error_names_the_file_and_other_problems_still_show(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    folder = tmp_path / "year"
    write(folder / "good.yaml", SUBMISSION)
    write(folder / "locked.yaml", SUBMISSION.replace("ha-noi", "hue"))
    bad = write(folder / "bad.yaml", SUBMISSION.replace("ha-noi", "vinh").replace("2.1\": 7.7",
                                                                                   "2.1\": 9"))
    _deny(monkeypatch, "locked.yaml")
    result = par(command, folder, "--criteria", CRITERIA)
    assert result.exit_code == 2  # the command could not run on every file: 2 wins
    assert f"{folder / 'locked.yaml'}: cannot read file (permission denied)" in result.stderr
    assert located(result) == [(str(bad), 15, 10, "value-fit")]
    assert result.stdout == ""


def test_permission_error_on_score_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(COMPARE_BAD)
    _deny(monkeypatch, "old.json")
    result = par("compare", "json-valid/old.json", "json-valid/new", "--criteria", "_criteria")
    assert result.exit_code == 2
    assert "json-valid/old.json: cannot read file (permission denied)" in result.stderr


# ---- 3. integrity ------------------------------------------------------------------------------

PROVINCES = REPO / "examples" / "provinces" / "2023"


def score_json(*args: str | Path) -> str:
    result = par("score", *args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.usefixtures("at_repo_root")
def test_same_result_whatever_the_order_and_names_of_files(tmp_path: Path) -> None:
    baseline = score_json(PROVINCES)
    files = sorted(PROVINCES.glob("*.yaml"))
    shuffled = tmp_path / "shuffled"
    for i, path in enumerate(reversed(files)):  # names now sort in the reverse order, in folders
        write(shuffled / f"part-{i % 3}" / f"{i:03d}-{path.stem[::-1]}.yml", path.read_bytes())
    assert score_json(shuffled) == baseline
    named = [shuffled / f"part-{i % 3}" / f"{i:03d}-{p.stem[::-1]}.yml"
             for i, p in enumerate(reversed(files))]
    assert score_json(*named[::2], *named[1::2]) == baseline
    assert par("score", shuffled, "-f", "csv").stdout == par("score", PROVINCES, "-f", "csv").stdout


@pytest.mark.usefixtures("at_repo_root")
def test_same_result_whatever_the_order_of_keys(tmp_path: Path) -> None:
    from fuzz.generators import to_yaml

    from par_cli.loader import load_file

    baseline = score_json(PROVINCES)
    for path in PROVINCES.glob("*.yaml"):
        document = load_file(path).document
        assert document is not None
        data = document.data
        reordered = {key: data[key] for key in reversed(list(data))}
        reordered["scores"] = {key: data["scores"][key] for key in reversed(list(data["scores"]))}
        write(tmp_path / path.name, to_yaml(reordered, flow=None))
    assert score_json(tmp_path) == baseline


@pytest.mark.usefixtures("at_repo_root")
def test_compare_is_the_same_whatever_the_order_of_files(tmp_path: Path) -> None:
    old = REPO / "examples" / "provinces" / "2022"
    before = par("compare", old, PROVINCES, "-f", "json")
    assert before.exit_code == 0
    for i, path in enumerate(sorted(old.glob("*.yaml"), reverse=True)):
        write(tmp_path / "old" / f"{i:03d}.yaml", path.read_bytes())
    for i, path in enumerate(sorted(PROVINCES.glob("*.yaml"))):
        write(tmp_path / "new" / f"z{i % 7}" / f"{path.name}", path.read_bytes())
    after = par("compare", tmp_path / "old", tmp_path / "new", "-f", "json")
    assert after.stdout == before.stdout


@pytest.mark.usefixtures("at_repo_root")
def test_successful_run_replaces_the_output_atomically(tmp_path: Path) -> None:
    target = tmp_path / "ranking.json"
    target.write_text("old\n", encoding="utf-8")
    result = par("score", PROVINCES, "-f", "json", "--output", target)
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text("utf-8") == score_json(PROVINCES)
    assert [p.name for p in tmp_path.iterdir()] == ["ranking.json"]


def test_check_reports_every_problem_of_every_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(SCORE_BAD)
    result = par("check", "every-problem-of-every-file/year", "--criteria", "_criteria")
    assert result.exit_code == 1
    want = expected(SCORE_BAD / "every-problem-of-every-file")
    assert sorted((p, line, rule) for p, line, _, rule in located(result)) == sorted(
        (p, line, rule) for p, line, _, rule in want.errors)
