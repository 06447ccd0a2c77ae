"""Problems as plain values: a finding (where in the data) and a problem (where in the file)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

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


def has_errors(problems: list[Problem]) -> bool:
    return any(p.is_error for p in problems)
