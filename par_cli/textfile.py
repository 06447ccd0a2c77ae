"""Reading a text file the one bounded way: size checked first, then UTF-8 (a BOM accepted).

Used for every file par reads (YAML documents and score JSON); knows nothing of their formats.
"""

from __future__ import annotations

import os
from pathlib import Path

from par_cli.errors import UsageError
from par_cli.messages import Message
from par_cli.problems import Problem, Severity

_BOM = b"\xef\xbb\xbf"


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    """Line and column of a byte offset; the column counts characters, as YAML positions and
    editors do (``Hà \xff``: the bad byte is in column 4, not 5)."""
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[start:offset].decode("utf-8", "replace")) + 1


def decode(raw: bytes, path: str) -> tuple[str | None, Problem | None]:
    """UTF-8 text of a file (BOM stripped), or the located reason it is not UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, Problem.of(path, 1, 1, Severity.ERROR, "encoding.utf16")
    if raw.startswith(_BOM):
        raw = raw[len(_BOM):]
    nul = raw.find(b"\x00")
    if nul >= 0:  # never in YAML text; UTF-16 or UTF-32 without a byte-order mark, or binary
        line, col = _line_col(raw, nul)
        return None, Problem.of(path, line, col, Severity.ERROR, "encoding.nul")
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as e:
        line, col = _line_col(raw, e.start)
        return None, Problem.of(path, line, col, Severity.ERROR, "encoding.not-utf8",
                                byte=f"{raw[e.start]:02x}")


def read_text(path: Path, shown: str, max_bytes: int) -> tuple[str | None, Problem | None]:
    """The file's text, or the located reason it cannot be had (too large, not UTF-8).

    The size is checked before reading and again after (the file may grow meanwhile), so a
    huge file never fills memory. ``OSError`` (missing, unreadable) propagates to the caller.
    """
    size = os.stat(path).st_size
    if size > max_bytes:
        return None, Problem.of(shown, 1, 1, Severity.ERROR, "too-large.size",
                                size=f"{size / 1048576:.1f}", limit=f"{max_bytes / 1048576:g}")
    with open(path, "rb") as handle:
        raw = handle.read(max_bytes + 1)
    if len(raw) > max_bytes:  # the file grew while we looked
        return None, Problem.of(shown, 1, 1, Severity.ERROR, "too-large.grew")
    return decode(raw, shown)


def read_whole(path: Path, shown: str, max_bytes: int) -> tuple[str | None, Problem | None]:
    """``read_text`` for a file given on the command line as one whole input (a score JSON, a
    published table): a file that cannot be read at all is ``UsageError`` (exit 2)."""
    try:
        return read_text(path, shown, max_bytes)
    except PermissionError as e:
        raise UsageError(Message.of("path.permission", path=shown)) from e
    except OSError as e:
        raise UsageError(Message.of("path.unreadable", path=shown, reason=e.strerror)) from e
