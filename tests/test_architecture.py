"""The shape of the code, kept by tests (docs/architecture.md): module sizes, no import cycle,
a light command line, reporters away from the loader, and no literal text handed to an error,
a problem or a note (every message comes from the catalogue, so --lang vi cannot leak English).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

from par_cli.message_texts import MESSAGES_EN, MESSAGES_VI

PACKAGE = Path(__file__).resolve().parent.parent / "par_cli"
SOURCES = sorted(PACKAGE.rglob("*.py"))

# Constructors whose text reaches a reader: they take messages, never text.
TAKES_MESSAGES = {"UsageError", "RunError", "InputProblems", "UnreadableFiles", "ParError",
                  "Problem", "Finding"}
# Calls whose first argument is a message key.
TAKES_A_KEY = {"Message.of", "Problem.of", "Finding.of", "MessageError", "_Refused", "_at"}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return f"{_name(func.value)}.{func.attr}"
    return ""


def _is_text(node: ast.expr) -> bool:
    """A literal string, an f-string, or a sum of them: text written in the code."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    return False


def _calls() -> list[tuple[Path, ast.Call]]:
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                found.append((path, node))
    return found


CALLS = _calls()


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_stay_small(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    limit = 350 if path.parent.name == "cli" else 500
    assert lines <= limit, f"{path.name} has {lines} lines (limit {limit})"


def test_no_import_cycle_at_run_time() -> None:
    graph = grimp.build_graph("par_cli", exclude_type_checking_imports=True)
    modules = sorted(graph.modules)
    state: dict[str, int] = {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if state.get(imported) == 1:
                cycle = [*trail[trail.index(imported):], imported] if imported in trail else [
                    module, imported]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if imported not in state:
                visit(imported, [*trail, imported])
        state[module] = 2

    for module in modules:
        if module not in state:
            visit(module, [module])


def _loaded_after(statement: str) -> set[str]:
    code = f"{statement}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    return set(out.split())


def test_the_command_line_starts_without_the_core() -> None:
    """``par --help`` and ``par --version`` build no model and read no YAML."""
    loaded = _loaded_after("import par_cli.cli")
    heavy = {m for m in loaded if m.split(".")[0] in ("pydantic", "yaml", "rich", "openpyxl")}
    core = {m for m in loaded if m in ("par_cli.models", "par_cli.loader", "par_cli.runs",
                                       "par_cli.scoring", "par_cli.reporters")}
    assert not heavy and not core, sorted(heavy | core)


def test_reporters_load_neither_yaml_nor_the_loader() -> None:
    reporters = sorted(p.stem for p in (PACKAGE / "reporters").glob("*.py")
                       if p.stem != "__init__")
    loaded = _loaded_after("\n".join(f"import par_cli.reporters.{r}" for r in reporters))
    assert not {m for m in loaded if m == "yaml" or m.startswith("yaml.")}
    assert "par_cli.loader" not in loaded and "par_cli.runs" not in loaded


def test_no_literal_text_is_given_to_an_error_problem_or_note() -> None:
    offenders = []
    for path, call in CALLS:
        name = _name(call.func).rsplit(".", 1)[-1]
        if name in TAKES_MESSAGES:
            texts = [a for a in call.args if _is_text(a)]
            texts += [k.value for k in call.keywords if _is_text(k.value)]
            # Problem(path, …): the first argument of Problem is a file path, not a message
            if name == "Problem" and call.args and texts and texts[0] is call.args[0]:
                texts = texts[1:]
        elif name == "say":  # the CLI's one way to stderr: what it says comes from a catalogue
            texts = [a for a in call.args[:1] if _is_text(a)]
        else:
            continue
        if texts:
            offenders.append(f"{path.name}:{call.lineno} {_name(call.func)}(…)")
    assert not offenders, "literal text instead of a Message: " + ", ".join(offenders)


def test_every_key_written_in_the_code_is_in_both_catalogues() -> None:
    keys: set[str] = set()
    for _path, call in CALLS:
        name = _name(call.func)
        if not any(name == k or name.endswith("." + k) for k in TAKES_A_KEY):
            continue
        for arg in call.args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and (
                arg.value in MESSAGES_EN or "." in arg.value or "-" in arg.value
                or arg.value.isalpha()
            ):
                keys.add(arg.value)
                break
    assert keys, "no message key found: the scan is broken"
    missing = sorted(k for k in keys if k not in MESSAGES_EN or k not in MESSAGES_VI)
    assert not missing, missing


def test_every_format_of_every_command_has_a_reporter() -> None:
    from par_cli.choices import CheckFormat, ScoreFormat, TreeFormat
    from par_cli.reporters import registry

    tables = [(registry.SCORE_REPORTERS, ScoreFormat), (registry.COMPARE_REPORTERS, ScoreFormat),
              (registry.AUDIT_REPORTERS, ScoreFormat), (registry.TREND_REPORTERS, ScoreFormat),
              (registry.EXPLAIN_REPORTERS, TreeFormat),
              (registry.GAP_REPORTERS, TreeFormat), (registry.CHECK_REPORTERS, CheckFormat)]
    for table, formats in tables:
        assert set(table) == set(formats)
        for format in formats:
            assert callable(table[format])


def test_code_tests_and_readme_cite_the_repository_not_files_outside_it() -> None:
    """The reference a user can read is docs/; a file outside the repository is no reference
    for someone who installed the package."""
    root = PACKAGE.parent
    outside = ["SP" + "EC.md", "SP" + "EC §", "DOMAIN" + ".md", "STYLE" + ".md",
               "../" + "shared/"]
    places = [root / "README.md", *root.glob("par_cli/**/*.py"), *root.glob("tests/*.py"),
              *root.glob("benchmarks/*"), *root.glob("examples/*.py"), *root.glob("docs/*.md")]
    cited = [f"{p.relative_to(root)}: {word}" for p in places if p.is_file()
             for word in outside if word in p.read_text(encoding="utf-8")]
    assert not cited, cited


def test_every_core_module_is_under_the_core_contract() -> None:
    """The import-linter contract lists the core modules by name: a new module left off the
    list would be free to import the CLI or the reporters."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text("utf-8"))
    contract = config["tool"]["importlinter"]["contracts"][0]
    listed = set(contract["source_modules"])
    core = {f"par_cli.{p.stem}" for p in PACKAGE.glob("*.py")
            if p.stem not in ("__init__", "__main__", "i18n")}
    assert core - listed == set(), "add these to the core contract in pyproject.toml"
