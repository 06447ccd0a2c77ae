"""What a sheet hides from the person who looks at it: hidden rows and columns, and cells merged
over several rows. openpyxl's read-only mode does not parse these, so the sheet's XML is read
once more, streamed and bounded (a sheet past the row limit is refused anyway).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import iterparse

_REF = re.compile(r"([A-Z]{1,3})(\d+)")


@dataclass
class Layout:
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)  # 1-based column numbers
    merged: list[tuple[str, int, int]] = field(default_factory=list)  # (A2:A5, 2, 5): rows


def column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _true(value: str | None) -> bool:
    return value in ("1", "true")


def scan(path: Path, member: str | None, max_rows: int) -> Layout:
    """The layout of the sheet stored at ``member`` of the workbook (nothing when unknown)."""
    layout = Layout()
    if not member:
        return layout
    member = member.lstrip("/")
    rows = last = 0
    with zipfile.ZipFile(path) as archive, archive.open(member) as source:
        sheet_data = None
        for event, element in iterparse(source, events=("start", "end")):
            tag = _local(element.tag)
            if event == "end":
                if tag == "row" and sheet_data is not None:
                    sheet_data.clear()  # rows are read as they start; keep memory flat
                continue
            if tag == "sheetData":
                sheet_data = element
            elif tag == "row":
                rows += 1
                if rows > max_rows:
                    break
                written = element.get("r") or ""
                last = int(written) if written.isdigit() else last + 1
                if _true(element.get("hidden")):
                    layout.hidden_rows.add(last)
            elif tag == "col" and _true(element.get("hidden")):
                first, last = int(element.get("min") or 0), int(element.get("max") or 0)
                layout.hidden_columns.update(range(first, min(last, first + 64) + 1))
            elif tag == "mergeCell" and len(layout.merged) < max_rows:
                ref = element.get("ref") or ""
                corners = _REF.findall(ref)
                if len(corners) == 2 and corners[0][1] != corners[1][1]:
                    layout.merged.append((ref, int(corners[0][1]), int(corners[1][1])))
    return layout
