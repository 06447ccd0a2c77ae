"""Input files: folders walked into the files a run reads, and the one function that loads a
document and tells its kind (criteria, submission, or something else).

Core: returns values (files, documents, problems, notes); never prints or exits.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from par_cli.checks import clip
from par_cli.errors import UsageError
from par_cli.loader import Document, Limits, load_file
from par_cli.messages import Message
from par_cli.models import CRITERIA_FORMAT, KNOWN_FORMATS, SUBMISSION_FORMAT
from par_cli.problems import Finding, Problem

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class InputFile:
    path: Path
    shown: str  # the path as the user will read it in messages


@dataclass
class Discovery:
    files: list[InputFile]
    notes: list[Message]


def discover(paths: Sequence[Path]) -> Discovery:
    """Files named and YAML files under folders named; other files noted, never silently lost.

    A path that does not exist is a usage error (exit 2). Folders are walked once even through
    symbolic-link loops.
    """
    files: list[InputFile] = []
    notes: list[Message] = []
    seen: set[str] = set()
    for path in paths:
        if not path.exists():
            raise UsageError(Message.of("path.missing", path=path))
        if not path.is_dir():  # a file, or a pipe named on purpose (``par check <(…)``)
            real = os.path.realpath(path)
            if real not in seen:
                seen.add(real)
                files.append(InputFile(path, str(path)))
            continue
        visited: set[str] = set()
        skipped: list[str] = []
        special: list[str] = []
        for root, dirs, names in os.walk(path, followlinks=True, onerror=_raise_unreadable):
            real_root = os.path.realpath(root)
            if real_root in visited:
                dirs[:] = []
                continue
            visited.add(real_root)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                full = Path(root) / name
                if name.startswith("."):
                    continue
                if not name.lower().endswith(YAML_SUFFIXES):
                    skipped.append(str(full))
                    continue
                if full.exists() and not full.is_file():
                    special.append(str(full))  # a pipe or a device would block or never end
                    continue
                real = os.path.realpath(full)
                if real in seen:
                    continue
                seen.add(real)
                files.append(InputFile(full, str(full)))
        if skipped:
            more = len(skipped) - 3
            notes.append(Message.of("note.skipped-not-yaml.more" if more > 0
                                    else "note.skipped-not-yaml", path=path,
                                    count=len(skipped), shown=", ".join(skipped[:3]),
                                    more=more if more > 0 else None))
        if special:
            notes.append(Message.of("note.skipped-special", path=path, count=len(special),
                                 shown=", ".join(special)))
    return Discovery(files, notes)


def _raise_unreadable(error: OSError) -> None:
    raise UsageError(Message.of("path.folder-unreadable", path=error.filename,
                                 reason=error.strerror)) from error


def read(file: InputFile, limits: Limits) -> tuple[Document | None, list[Problem]]:
    try:
        result = load_file(file.path, file.shown, limits)
    except PermissionError as e:
        raise UsageError(Message.of("path.permission", path=file.shown)) from e
    except IsADirectoryError as e:  # pragma: no cover - discover() only yields files
        raise UsageError(Message.of("path.is-folder", path=file.shown)) from e
    except OSError as e:
        raise UsageError(Message.of("path.unreadable", path=file.shown, reason=e.strerror)) from e
    return result.document, result.problems


class Kind(str, Enum):
    """What a loaded file is, told by its ``format:`` key."""

    CRITERIA = "criteria"
    SUBMISSION = "submission"
    OTHER = "other"  # loaded, but no ``format:`` key: not a par document
    BROKEN = "broken"  # did not load, or names a format par does not know (see the problems)


@dataclass
class LoadedFile:
    """One file loaded and told apart; ``problems`` holds every problem found so far."""

    file: InputFile
    document: Document | None
    kind: Kind
    problems: list[Problem]


def classify(document: Document) -> tuple[Kind, Problem | None]:
    """The kind of a loaded document; an unknown ``format:`` value is a problem (a typo must not
    drop a unit)."""
    value = document.data.get("format")
    if value is None:
        return Kind.OTHER, None
    if value == CRITERIA_FORMAT:
        return Kind.CRITERIA, None
    if value == SUBMISSION_FORMAT:
        return Kind.SUBMISSION, None
    close = difflib.get_close_matches(str(value), KNOWN_FORMATS, n=1, cutoff=0.5)
    first, second = KNOWN_FORMATS
    return Kind.BROKEN, document.problem(Finding.of(
        ("format",), "unknown-format", value=clip(value), first=first,
        second=second, close=close[0] if close else None))


def load_document(file: InputFile, limits: Limits) -> LoadedFile:
    """Load one file and tell its kind: the one way every command reads a YAML input.

    A file that cannot be read at all (permission, I/O) raises ``UsageError`` (exit 2).
    """
    document, problems = read(file, limits)
    if document is None:
        return LoadedFile(file, None, Kind.BROKEN, problems)
    kind, problem = classify(document)
    if problem is not None:
        problems = [*problems, problem]
    return LoadedFile(file, document, kind, problems)
