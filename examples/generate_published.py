#!/usr/bin/env python3
"""Write the example years as published results tables (examples/published/<year>.csv).

A published results table is what MoHA publishes and analysts hold: per unit the index, the
rank and the area indexes and ranks (docs/formats.md#published-results-table); `par trend`
reads it as a year. The three tables are made from `par score --format json` of the example
folders, so that they always say what the examples say (the examples are illustrative, except
the figures examples/generate_provinces.py names as published).

Run from the repository root:   python examples/generate_published.py
Check that the tables are up to date (exit 1 when not, for CI):
                                python examples/generate_published.py --check
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "examples" / "published"


def sources() -> dict[int, Path]:
    """The example folder of each year."""
    return {year: ROOT / "examples" / "provinces" / str(year) for year in (2022, 2023, 2024)}


def _number(value: Decimal | int | None) -> str:
    if value is None:
        return ""
    return "0" if value == 0 else format(Decimal(value).normalize(), "f")


def render(score: dict[str, Any]) -> str:
    """The table of one year, from the JSON of `par score --format json` (read with Decimal)."""
    units = score["units"]
    areas = [node["id"] for node in units[0]["nodes"]] if units else []
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["unit", "name", "name_vi", "index", "rank", "band",
                     *(f"{a} index" for a in areas), *(f"{a} rank" for a in areas),
                     "criteria"])
    for unit in units:
        nodes = {node["id"]: node for node in unit["nodes"]}
        writer.writerow([unit["unit"], unit["name"], unit["name_vi"] or "",
                         _number(unit["index"]), unit["rank"] or "", unit["band"] or "",
                         *(_number(nodes[a]["index"]) for a in areas),
                         *(nodes[a]["rank"] or "" for a in areas),
                         score["criteria"]["id"]])
    return out.getvalue()


def score_json(folder: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "par_cli", "score", str(folder), "--format",
                           "json", "--quiet"], capture_output=True, text=True, check=True,
                          cwd=ROOT)
    data: dict[str, Any] = json.loads(done.stdout, parse_float=Decimal)
    return data


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    OUT.mkdir(exist_ok=True)
    for year, folder in sources().items():
        target = OUT / f"{year}.csv"
        text = render(score_json(folder))
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(str(target.relative_to(ROOT)))
        else:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}", file=sys.stderr)
    if stale:
        print("out of date (run python examples/generate_published.py): " + ", ".join(stale),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
