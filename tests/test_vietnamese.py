"""Under ``--lang vi`` everything a person reads is Vietnamese (docs/languages.md): every
command on the examples, and every error path of the bad-input corpora, with no English
sentence — names, ids, paths, quoted input, rule ids and the ``error``/``warning`` words aside.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from helpers import REPO, par
from test_reliability import COMPARE_BAD, SCORE_BAD, cases, expected

from par_cli.cli import app

Y2022 = REPO / "examples" / "provinces" / "2022"
Y2023 = REPO / "examples" / "provinces" / "2023"
DEPARTMENTS = REPO / "examples" / "departments" / "2023"
CHECK_INVALID = Path(__file__).parent / "data" / "check" / "invalid"

# Words that only an English sentence uses (none is Vietnamese, a unit or a criterion name).
ENGLISH = {
    "the", "is", "are", "was", "were", "not", "and", "with", "has", "have", "this", "that",
    "which", "from", "for", "must", "should", "cannot", "can", "file", "files", "points",
    "point", "rank", "ranked", "index", "unit", "units", "expected", "got", "found", "no",
    "left", "out", "wrote", "written", "nothing", "between", "only", "more", "than", "per",
    "method", "methods", "band", "bands", "year", "years", "value", "values", "criteria",
    "criterion", "node", "nodes", "set", "sets", "missing", "missed", "same", "new", "old",
    "up", "down", "of", "at", "or", "be", "it", "its", "there",
    "what", "when", "where", "without", "score", "scores", "scored", "checked", "error(s)",
    "warning(s)", "average", "total", "change", "read", "reads", "line", "column", "key",
    "keys", "number", "numbers", "text", "yes", "given", "listed", "see", "use", "one",
}
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`|“[^”]*”|\[[a-z0-9-]+\]"
                    r"|(?<=: )[a-z_]+(\.\w+)*: ")  # quotes, rule ids, a field named mid-line
# a problem's place, and the field it names (``scores.1.3:``, ``year:``): spelt as in the file
LOCATION = re.compile(r"^\S+?:\d+:\d+: (error|warning): ([\w.-]+: )?")
# paths, file names, options and ids (``can-tho``, ``yes-no``, ``par-province-2022``)
PATHLIKE = re.compile(r"\S*[/\\]\S*|\S+\.(ya?ml|json|xlsx|csv|md|txt)\b|--?[a-z][\w-]*"
                      r"|\w+(-\w+)+|\bpar \w+")


def english_in(text: str) -> list[str]:
    """The lines of ``text`` that hold an English word outside names, quotes and paths."""
    found = []
    for raw in text.splitlines():
        line = LOCATION.sub("", raw)
        line = PATHLIKE.sub(" ", QUOTED.sub(" ", line))
        # Vietnamese words carry diacritics or are few ASCII ones ("an", "to", "in", "no", kept
        # out of the list); only all-ASCII words are looked up
        words = {w.lower() for w in re.findall(r"[^\W\d_][\w()']*", line) if w.isascii()
                 and not (w.isupper() and len(w) > 1)}  # OLD, NEW, PATHS: metavars
        if words & ENGLISH:
            found.append(f"{sorted(words & ENGLISH)}: {raw}")
    return found


def test_the_detector_finds_english_and_passes_vietnamese() -> None:
    assert english_in("par: error: nothing was written")
    assert english_in("note: 'x' has provisional maxima on 6, 7")
    assert not english_in("lưu ý: bộ tiêu chí 'par-province-2022' có điểm tối đa tạm thời ở 6, 7")
    assert not english_in("a/b.yaml:3:1: error: thiếu khóa 'unit' [schema]")


NEUTRAL = ("json", "csv", "github")  # formats that stay English by design


def _vi(*args: str | Path) -> tuple[int, str]:
    result = par(*args, "--lang", "vi", env={"COLUMNS": "200", "NO_COLOR": "1"})
    shown = [str(a) for a in args]
    neutral = any(shown[i - 1] in ("--format", "-f") and shown[i] in NEUTRAL
                  for i in range(1, len(shown)))
    return result.exit_code, ("" if neutral else result.stdout) + result.stderr


RUNS = [
    ("list",), ("list", Y2023),
    ("check", REPO / "criteria", Y2023), ("check", REPO / "criteria", "--format", "text"),
    ("score", Y2023), ("score", Y2023, "--by", "method"), ("score", DEPARTMENTS, "--group"),
    ("score", DEPARTMENTS, "--format", "markdown"), ("score", Y2023, "--top", "3"),
    ("compare", Y2022, Y2023), ("compare", Y2022, Y2023, "--format", "markdown"),
    ("compare", Y2022, Y2023, "--unit", "long-an"), ("compare", Y2022, Y2023, "--sort", "name"),
    ("explain", Y2023, "--unit", "long-an"), ("explain", DEPARTMENTS, "--unit", "so-noi-vu"),
    ("gap", Y2023, "--unit", "long-an"), ("gap", DEPARTMENTS, "--unit", "so-xay-dung"),
    ("gap", Y2023, "--unit", "long-an", "--set", "3=13"),
    ("audit", DEPARTMENTS), ("audit", DEPARTMENTS, "--format", "markdown"),
    ("template", "department-illustrative"), ("template",),
    ("trend", Y2022, Y2023, REPO / "examples" / "provinces" / "2024"),
    ("trend", Y2022, Y2023, "--unit", "long-an"),
    ("trend", REPO / "examples" / "published" / "2022.csv", Y2023, "--sort", "name"),
    ("score", Y2023, "--rank-by", "3", "--group"),
]
REFUSALS = [
    ("trend", Y2023), ("trend", Y2023, Y2023), ("score", Y2023, "--rank-by", "99"),
    ("template", "no-such-set"), ("template", "department-illustrative", "--unit", "Long An"),
    ("template", "department-illustrative", "--year", "1999"),
    ("score", REPO / "no-such-folder"), ("explain", Y2023, "--unit", "longan"),
    ("gap", Y2023, "--unit", "long-an", "--set", "3=abc"),
    ("gap", Y2023, "--unit", "long-an", "--set", "99=1"),
    ("score", Y2023, "--output", REPO / "examples" / "provinces" / "2023" / "long-an.yaml"),
    ("score", Y2023, "--output", "x.csv", "--format", "json"),
    # click's refusals of the command line itself
    ("score", Y2023, "--top", "0"), ("score", Y2023, "--frob"), ("compare", Y2022),
    ("score", Y2023, "--top"), ("score", Y2023, "--top", "ten"),
]


def _short(args: tuple[str | Path, ...]) -> str:
    return " ".join(str(a).replace(str(REPO), "") for a in args)[:70]


def _comments(yaml_text: str) -> str:
    """What a person reads in a YAML template: its comments (the keys are the file format's)."""
    return "\n".join(line.partition("#")[2] for line in yaml_text.splitlines())


@pytest.mark.parametrize("args", RUNS, ids=_short)
def test_every_command_speaks_vietnamese(args: tuple[str | Path, ...]) -> None:
    code, said = _vi(*args)
    assert code == 0, said
    assert said.strip()
    if args[0] == "template" and len(args) > 1:
        said = _comments(said)
    assert english_in(said) == []


@pytest.mark.parametrize("args", REFUSALS, ids=_short)
def test_every_refusal_speaks_vietnamese(args: tuple[str | Path, ...]) -> None:
    code, said = _vi(*args)
    assert code in (1, 2), said
    assert english_in(said) == []


def test_every_command_is_run_here() -> None:
    names = {c.name or c.callback.__name__.rstrip("_") for c in app.registered_commands
             if c.callback is not None}
    run = {str(a[0]) for a in RUNS}
    # schema is JSON; import: tests/test_import.py and tests/test_template_vi.py; report writes
    # a page, read with english_in by tests/test_report.py
    assert names - run <= {"schema", "import", "report"}


@pytest.mark.parametrize("case", cases(SCORE_BAD) + cases(COMPARE_BAD),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_error_path_speaks_vietnamese(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(case.parent)
    args = shlex.split(expected(case).args.format(case=case.name))
    _, said = _vi(*args)
    assert english_in(said) == []


@pytest.mark.parametrize("path", sorted(CHECK_INVALID.iterdir()), ids=lambda p: p.name)
def test_every_check_problem_speaks_vietnamese(path: Path) -> None:
    _, said = _vi("check", path)
    assert english_in(said) == []
