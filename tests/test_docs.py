"""The reference in docs/ keeps up with the code: every rule id, command and long option is
documented, every relative link resolves, and nothing cites the contract file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command

from par_cli.checks import RULES
from par_cli.cli import app

DOCS = Path(__file__).resolve().parent.parent / "docs"
FENCE = re.compile(r"^(```|~~~).*?^\1", flags=re.S | re.M)
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def _read(name: str) -> str:
    path = DOCS / name
    assert path.is_file(), f"docs/{name} is missing"
    return path.read_text(encoding="utf-8")


def _pages() -> list[Path]:
    pages = sorted(DOCS.glob("*.md"))
    assert pages, "docs/ holds no Markdown pages"
    return pages


def _headings(text: str) -> list[str]:
    """Heading texts outside code blocks, without the leading #s."""
    prose = FENCE.sub("", text)
    return [m.group(1).strip() for m in re.finditer(r"^#{1,6}\s+(.+?)\s*#*\s*$", prose, re.M)]


def _table_cells(text: str) -> set[str]:
    prose = FENCE.sub("", text)
    cells: set[str] = set()
    for line in prose.splitlines():
        if line.lstrip().startswith("|"):
            cells.update(cell.strip() for cell in line.strip().strip("|").split("|"))
    return cells


def _plain(text: str) -> str:
    """A heading or cell without Markdown code marks: `value-fit` -> value-fit."""
    return text.replace("`", "").strip()


def _commands() -> dict[str, Any]:
    """The click commands typer builds, by name (typer may vendor click: no click import)."""
    commands = getattr(get_command(app), "commands", None)
    assert isinstance(commands, dict) and commands, "the par app has no sub-commands"
    return dict(commands)


def _opts(command: Any) -> list[str]:
    """Long options of a click command's parameters (``--flag`` and ``--no-flag`` alike)."""
    found: list[str] = []
    for param in command.params:
        found += [opt for opt in (*param.opts, *param.secondary_opts) if opt.startswith("--")]
    return found


def _registered_names() -> list[str]:
    """Names of the commands registered on the typer app (``import_`` is ``import``)."""
    names: list[str] = []
    for info in app.registered_commands:
        if info.name:
            names.append(info.name)
        else:
            function_name = str(getattr(info.callback, "__name__", ""))
            names.append(function_name.strip("_").replace("_", "-"))
    return names


# ---- (1) rule ids ---------------------------------------------------------------------------


def test_rules_registry_is_not_empty() -> None:
    assert len(RULES) > 10


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_id_is_documented(rule: str) -> None:
    text = _read("rules.md")
    documented = {_plain(h) for h in _headings(text)} | {_plain(c) for c in _table_cells(text)}
    assert rule in documented, f"rule '{rule}' has no heading or table cell in docs/rules.md"


# ---- (2) commands ---------------------------------------------------------------------------


def test_registered_commands_match_the_cli() -> None:
    names = _registered_names()
    assert "import" in names and "import_" not in names
    assert len(names) >= 9 and set(names) <= set(_commands())


@pytest.mark.parametrize("name", sorted(_registered_names()))
def test_every_command_has_a_section(name: str) -> None:
    headings = [_plain(h) for h in _headings(_read("commands.md"))]
    pattern = re.compile(rf"(^|\s)par {re.escape(name)}(\s|$)")
    assert any(pattern.search(h) for h in headings), (
        f"docs/commands.md has no section heading for 'par {name}'")


# ---- (3) long options -----------------------------------------------------------------------


def _long_options() -> list[tuple[str, str]]:
    found = [("par", opt) for opt in _opts(get_command(app))]
    for name, command in _commands().items():
        found += [(name, opt) for opt in _opts(command)]
    return sorted(set(found))


def test_commands_have_long_options() -> None:
    options = {opt for _, opt in _long_options()}
    assert {"--version", "--criteria", "--format", "--output-dir"} <= options


@pytest.mark.parametrize(("command", "option"), _long_options())
def test_every_long_option_is_documented(command: str, option: str) -> None:
    text = _read("commands.md")
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text), (
        f"option {option} of 'par {command}' is not in docs/commands.md")


# ---- (4) links ------------------------------------------------------------------------------


def _relative_links() -> list[tuple[str, str]]:
    links: list[tuple[str, str]] = []
    for page in _pages():
        prose = FENCE.sub("", page.read_text(encoding="utf-8"))
        prose = re.sub(r"`[^`\n]*`", "", prose)  # inline code is not a link
        for match in LINK.finditer(prose):
            target = match.group(1)
            if SCHEME.match(target) or target.startswith("#"):
                continue
            links.append((page.name, target))
    return links


def test_docs_link_to_each_other() -> None:
    assert len(_relative_links()) > 10


@pytest.mark.parametrize(("page", "target"), _relative_links())
def test_relative_links_resolve(page: str, target: str) -> None:
    path = target.split("#", 1)[0].split("?", 1)[0]
    assert (DOCS / path).resolve().exists(), f"docs/{page} links to {target}, which does not exist"


# ---- (5) the contract file is never cited ---------------------------------------------------


@pytest.mark.parametrize("page", [p.name for p in sorted(DOCS.glob("*")) if p.is_file()])
def test_docs_do_not_cite_the_contract(page: str) -> None:
    text = (DOCS / page).read_text(encoding="utf-8", errors="replace")
    for banned in ("SP" + "EC.md", "shared" + "/"):
        assert banned not in text, f"docs/{page} mentions {banned}"


def test_the_reference_pages_exist() -> None:
    names = {p.name for p in _pages()}
    assert {"README.md", "formats.md", "commands.md", "json.md", "exit-codes.md", "rules.md",
            "limits.md", "arithmetic.md", "languages.md"} <= names
    index = _read("README.md")
    for name in sorted(names - {"README.md"}):
        assert f"]({name})" in index, f"docs/README.md does not list {name}"
