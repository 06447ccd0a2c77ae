"""Input files: folders walked into the files a run reads, and the one function that loads a
document and tells its kind (criteria, submission, or something else).

Core: returns values (files, documents, problems, notes); never prints or exits.
"""

from __future__ import annotations

import difflib
import fnmatch
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from par_cli.checks import clip
from par_cli.errors import UsageError
from par_cli.loader import Document, Limits, load_file
from par_cli.messages import Message
from par_cli.models import CRITERIA_FORMAT, KNOWN_FORMATS, SUBMISSION_FORMAT
from par_cli.problems import Finding, Problem

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    shown: str  # the path as the user will read it in messages


class Why(str, Enum):
    """Why a file was left out of a run (JSON ``left_out[].why``); each is said in a note."""

    NOT_YAML = "not-yaml"
    SPREADSHEET = "spreadsheet"
    HIDDEN = "hidden"
    SPECIAL = "special"
    EXCLUDED = "excluded"
    NOT_PAR = "not-par"  # YAML without a ``format:`` key and nothing of par's in it
    CRITERIA = "criteria"  # a criteria file among the submissions


@dataclass(frozen=True, slots=True)
class LeftOut:
    path: str
    why: Why


@dataclass
class Discovery:
    files: list[InputFile]
    left_out: list[LeftOut] = field(default_factory=list)


SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
SHOWN_AT_MOST = 10


def _excluded(path: Path, root: Path, patterns: Sequence[str]) -> bool:
    """``--exclude`` matches a file or folder by its name, its path below the folder given, or
    its path as given (``*.bak``, ``drafts/*``, ``2023/old/*``)."""
    if not patterns:
        return False
    try:
        relative = path.relative_to(root).as_posix()
    except ValueError:
        relative = path.as_posix()
    return any(fnmatch.fnmatchcase(path.name, p) or fnmatch.fnmatchcase(relative, p)
               or fnmatch.fnmatchcase(path.as_posix(), p) for p in patterns)


def left_out_notes(left_out: Sequence[LeftOut]) -> list[Message]:
    """One note per reason, naming the files (the first ten, then how many more)."""
    notes = []
    for why in Why:
        paths = sorted(item.path for item in left_out if item.why is why)
        if paths:
            more = len(paths) - SHOWN_AT_MOST
            notes.append(Message.of(f"note.left-out.{why.value}", count=len(paths),
                                    shown=", ".join(paths[:SHOWN_AT_MOST]),
                                    more=Message.of("note.left-out-more", count=more)
                                    if more > 0 else ""))
    return notes


def discover(paths: Sequence[Path], exclude: Sequence[str] = ()) -> Discovery:
    """Files named and YAML files under folders named; every other file left out with a
    reason, never silently (hidden files, spreadsheets and ``--exclude`` matches included).

    A path that does not exist is a usage error (exit 2). Folders are walked once even through
    symbolic-link loops.
    """
    files: list[InputFile] = []
    left_out: list[LeftOut] = []
    seen: set[str] = set()
    for path in paths:
        if not path.exists():
            raise UsageError(Message.of("path.missing", path=path))
        if not path.is_dir():  # a file, or a pipe named on purpose (``par check <(…)``)
            if _excluded(path, path.parent, exclude):
                left_out.append(LeftOut(str(path), Why.EXCLUDED))
                continue
            real = os.path.realpath(path)
            if real not in seen:
                seen.add(real)
                files.append(InputFile(path, str(path)))
            continue
        visited: set[str] = set()
        for root, dirs, names in os.walk(path, followlinks=True, onerror=_raise_unreadable):
            real_root = os.path.realpath(root)
            if real_root in visited:
                dirs[:] = []
                continue
            visited.add(real_root)
            kept = []
            for name in sorted(dirs):
                full = Path(root) / name
                if name.startswith("."):
                    left_out.append(LeftOut(f"{full}{os.sep}", Why.HIDDEN))
                elif _excluded(full, path, exclude):
                    left_out.append(LeftOut(f"{full}{os.sep}", Why.EXCLUDED))
                else:
                    kept.append(name)
            dirs[:] = kept
            for name in sorted(names):
                full = Path(root) / name
                lowered = name.lower()
                if name.startswith("."):
                    left_out.append(LeftOut(str(full), Why.HIDDEN))
                elif _excluded(full, path, exclude):
                    left_out.append(LeftOut(str(full), Why.EXCLUDED))
                elif lowered.endswith(SPREADSHEET_SUFFIXES):
                    left_out.append(LeftOut(str(full), Why.SPREADSHEET))
                elif not lowered.endswith(YAML_SUFFIXES):
                    left_out.append(LeftOut(str(full), Why.NOT_YAML))
                elif full.exists() and not full.is_file():
                    # a pipe or a device would block or never end
                    left_out.append(LeftOut(str(full), Why.SPECIAL))
                else:
                    real = os.path.realpath(full)
                    if real not in seen:
                        seen.add(real)
                        files.append(InputFile(full, str(full)))
    return Discovery(files, left_out)


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


def unit_id_for(text: str) -> str | None:
    """The unit id a name suggests ("Long An" -> long-an, "Hà Nội" -> ha-noi), or None."""
    plain = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    ascii_only = "".join(c for c in plain if not unicodedata.combining(c) and c.isascii())
    words = re.findall(r"[a-z0-9]+", ascii_only)
    return "-".join(words) or None


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


# Keys of par's own files: a mapping with two of them and no ``format:`` is a par file whose
# ``format:`` line is missing or misspelt, and must not be left out quietly.
PAR_KEYS = ("criteria", "unit", "scores", "year", "years")


def classify(document: Document) -> tuple[Kind, Problem | None]:
    """The kind of a loaded document. An unknown ``format:`` value, a misspelt ``format`` key, or
    par's keys without ``format:`` are problems: a typo must not drop a unit."""
    data = document.data
    value = data.get("format")
    if value is None:
        return _without_format(document)
    if value == CRITERIA_FORMAT:
        return Kind.CRITERIA, None
    if value == SUBMISSION_FORMAT:
        return Kind.SUBMISSION, None
    close = difflib.get_close_matches(str(value), KNOWN_FORMATS, n=1, cutoff=0.5)
    first, second = KNOWN_FORMATS
    return Kind.BROKEN, document.problem(Finding.of(
        ("format",), "unknown-format", value=clip(value), first=first,
        second=second, close=close[0] if close else None))


def _without_format(document: Document) -> tuple[Kind, Problem | None]:
    data = document.data
    present = [key for key in PAR_KEYS if key in data]
    expected = SUBMISSION_FORMAT if {"unit", "scores"} & set(present) else CRITERIA_FORMAT
    for key, value in data.items():
        text = str(key)
        looks_par = bool(present) or (isinstance(value, str) and value.startswith("par-"))
        if looks_par and text != "format" and (
                text.strip().lower() == "format"
                or difflib.get_close_matches(text.lower(), ["format"], n=1, cutoff=0.75)):
            return Kind.BROKEN, document.problem(Finding.of(
                (key,), "missing-format.near-miss", key=clip(text), expected=expected,
                close="format", at_key=True))
    if len(present) >= 2:
        return Kind.BROKEN, document.problem(Finding.of(
            (), "missing-format.par-keys", keys="', '".join(present), expected=expected))
    return Kind.OTHER, None


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
