"""Reporters for ``par check``: one line per problem as text, GitHub annotations, or JSON."""

from __future__ import annotations

from collections.abc import Sequence

from par_cli.i18n import ENGLISH, Labels
from par_cli.problems import Problem
from par_cli.reporters.fit import wrap_all
from par_cli.reporters.json_format import dumps
from par_cli.reporters.options import Options

PLAIN = Options()


def problem_line(problem: Problem, labels: Labels = ENGLISH) -> str:
    """``path:line:col: severity: message [rule]`` with the message in the language of ``labels``;
    the severity word and the rule id stay as they are, for grep."""
    return (f"{problem.where}: {problem.severity.value}: {labels.say(problem.message)} "
            f"[{problem.rule}]")


def render_text(problems: Sequence[Problem], options: Options = PLAIN) -> str:
    """One line per problem, the message in the language of the options' labels; on a
    terminal of known width a long line wraps, its continuation indented."""
    lines = [problem_line(p, options.labels) for p in problems]
    return "".join(line + "\n" for line in wrap_all(lines, options.width))


def _escape(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def render_github(problems: Sequence[Problem], options: Options = PLAIN) -> str:
    """GitHub annotations; language-neutral (English), like JSON."""
    lines = []
    for p in problems:
        level = "error" if p.is_error else "warning"
        place = f"file={_escape(p.path)},line={p.line},col={p.col}" if p.line else (
            f"file={_escape(p.path.split(':')[0])}")
        lines.append(f"::{level} {place},title={p.rule}::{_escape(p.english)} [{p.rule}]\n")
    return "".join(lines)


def render_json(problems: Sequence[Problem], options: Options = PLAIN) -> str:
    """Language-neutral: the English message."""
    return dumps([
        {"path": p.path, "line": p.line, "col": p.col, "severity": p.severity.value,
         "rule": p.rule, "message": p.english}
        for p in problems
    ])
