"""Where the data goes: stdout, or a file written so that nothing is lost (docs/commands.md,
"Output files"). Only the edge writes; the core returns what to write."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from par_cli.errors import UsageError
from par_cli.messages import Message


def write(text: str | bytes, output: Path | None, inputs: Iterable[str] = ()) -> None:
    """Data to stdout, or to ``output``: never one of the run's ``inputs`` (real paths), written
    through a symbolic link to its target, atomically (a failed run leaves the file as it was),
    keeping an existing file's permissions. Every failure is a ``UsageError`` (exit 2)."""
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    if output is None:
        if isinstance(text, bytes):
            raise UsageError(Message.of("output.binary", what="this format"))
        _to_stdout(data)
        return
    target = Path(os.path.realpath(output))  # a link is written through, never replaced
    if str(target) in {os.path.realpath(p) for p in inputs}:
        raise UsageError(Message.of("output.is-input", path=output))
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(Message.of("output.no-folder", path=output, folder=output.parent))
    try:
        existing = os.stat(target)
    except FileNotFoundError:
        existing = None
    except OSError as e:
        raise _cannot(output, e) from e
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        _into(target, data, output)  # a device or a pipe (/dev/null, /dev/full): write into it
        return
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask()
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)  # mkstemp makes 0600: keep the file's, or give the usual ones
        os.replace(tmp, target)
    except OSError as e:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        raise _cannot(output, e) from e


def write_all(files: list[tuple[Path, bytes]], force: bool, inputs: Iterable[str]) -> None:
    """Several files, all or none: every target checked first (never an input; an existing one
    only with ``force``), every file written to a temporary file beside its target, then all
    renamed into place; if a rename fails, the files already replaced are put back."""
    read = {os.path.realpath(p) for p in inputs}
    for target, _ in files:
        if os.path.realpath(target) in read:
            raise UsageError(Message.of("output.is-input", path=target))
        if target.exists() and not force:
            raise UsageError(Message.of("import.exists", path=target))
    folders = {target.parent for target, _ in files}
    try:
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise _cannot(next(iter(folders)), e) from e
    staged: list[tuple[str, Path]] = []
    kept: list[tuple[str, Path]] = []  # the files replaced, until every rename has succeeded
    try:
        for target, data in files:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                       dir=target.parent)
            staged.append((tmp, target))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, 0o666 & ~_umask())
        for tmp, target in staged:
            if target.exists():
                fd, backup = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".old",
                                              dir=target.parent)
                os.close(fd)
                os.replace(target, backup)
                kept.append((backup, target))
            os.replace(tmp, target)
    except OSError as e:
        for backup, target in kept:
            os.replace(backup, target)
        for tmp, target in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
            elif not any(t == target for _, t in kept) and target.exists():
                os.unlink(target)  # written by this run: all or none
        raise _cannot(staged[-1][1] if staged else Path("."), e) from e
    for backup, _ in kept:
        os.unlink(backup)


def _into(target: Path, data: bytes, shown: Path) -> None:
    try:
        with open(target, "wb") as handle:
            handle.write(data)
    except OSError as e:
        raise _cannot(shown, e) from e


def _to_stdout(data: bytes) -> None:
    try:
        sys.stdout.buffer.write(data) if hasattr(sys.stdout, "buffer") else sys.stdout.write(
            data.decode("utf-8"))
        sys.stdout.flush()
    except OSError as e:  # a full disk (> /dev/full), a closed pipe
        _quiet_stdout()
        raise UsageError(Message.of("output.stdout", reason=e.strerror or type(e).__name__)) from e


def _quiet_stdout() -> None:
    """After a failed write, stdout's buffer still holds the data: point stdout at nothing, so
    that Python's exit does not try again and print a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file behind stdout (tests)
        pass


def _cannot(output: Path, error: OSError) -> UsageError:
    return UsageError(Message.of("output.cannot-write", path=output,
                                 reason=error.strerror or type(error).__name__))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
