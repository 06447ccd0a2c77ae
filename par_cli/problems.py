"""Problems as plain values: a finding (where in the data) and a problem (where in the file)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from par_cli.problem_messages import Params, english

Loc = tuple["str | int", ...]


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One located problem, printed ``path:line:col: severity: message [rule]``."""

    path: str
    line: int
    col: int
    severity: Severity
    rule: str
    message: str
    # The message's catalogue key and values (problem_messages.py), for other languages;
    # not compared: two problems with the same English message are the same problem.
    key: str | None = field(default=None, compare=False)
    params: Params = field(default=(), compare=False)

    @classmethod
    def of(cls, path: str, line: int, col: int, severity: Severity, rule: str, key: str,
           /, **params: object) -> Problem:
        """A problem whose English message comes from the catalogue (``PROBLEMS_EN[key]``)."""
        message, values = english(key, params)
        return cls(path, line, col, severity, rule, message, key, values)

    def __post_init__(self) -> None:
        # Messages quote text from files; a line break there must not split the one-line form.
        if "\n" in self.message or "\r" in self.message:
            one_line = self.message.replace("\r", "\\r").replace("\n", "\\n")
            object.__setattr__(self, "message", one_line)

    @property
    def where(self) -> str:
        """``path:line:col``; a spreadsheet cell is already in the path (``F.xlsx:Sheet!C12``)."""
        return f"{self.path}:{self.line}:{self.col}" if self.line else self.path

    def text(self) -> str:
        where = self.where
        return f"{where}: {self.severity.value}: {self.message} [{self.rule}]"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


@dataclass(frozen=True)
class Finding:
    """A problem found in loaded data, located by its path in the document (keys and indexes).

    ``at_key`` points at the mapping key itself rather than at its value (unknown fields,
    duplicate ids).
    """

    loc: Loc
    rule: str
    message: str
    severity: Severity = Severity.ERROR
    at_key: bool = field(default=False)
    key: str | None = None
    params: Params = ()

    @classmethod
    def of(cls, loc: Loc, rule: str, key: str, /, *, severity: Severity = Severity.ERROR,
           at_key: bool = False, **params: object) -> Finding:
        """A finding whose English message comes from the catalogue (``PROBLEMS_EN[key]``)."""
        message, values = english(key, params)
        return cls(loc, rule, message, severity, at_key, key, values)


def has_errors(problems: list[Problem]) -> bool:
    return any(p.is_error for p in problems)
