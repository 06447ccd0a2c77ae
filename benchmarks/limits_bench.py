"""Limits: bad files must be refused quickly with bounded memory; huge valid files cost what?

It writes, in a temporary folder, a small criteria set and these submission files:

- ``over-limit-50mb``: a 50 MB submission (over the 20 MB default limit), padded with comments;
- ``alias-bomb``: a billion-laughs file (nine levels of nine aliases, 387 million nodes expanded);
- ``deep-nesting``: 10 MB of ``[`` (ten million levels);
- ``one-line-10mb``: a valid submission on one 10 MB line (flow style, one long evidence text);
- ``valid-19mb-text``: a valid 19 MB submission, almost all of it long notes and evidence texts;
- ``valid-19mb-nodes``: a valid 19 MB submission, almost all of it short evidence items, one a
  line (950,000 YAML nodes: the worst case under both the size and the node limit);
- ``nodes-19mb-flow``: a 19 MB submission, almost all of it one-letter evidence items in flow
  style (``[a, a, …]``: 6.6 million YAML nodes, the most a file under the size limit holds),
  which must be refused by the node limit (1,000,000; it once took 23 s and 3.2 GB to accept);
- workbooks for ``par import``: ``xlsx-declared-xfd`` (a blank template that declares its
  size as A1:XFD40000: it once took 34 s and 5 GB; now read as the cells it has and refused
  for its blank scores), ``xlsx-million-rows`` (a million rows: it once took 97 s and 1.65 GB;
  refused past 20,000 rows) and ``xlsx-zip-bomb`` (a 200 MB sheet compressed to a few hundred
  KB: refused by the uncompressed size before it is parsed).

For each one it runs ``par check FILE`` and ``par score FOLDER`` (a folder with the file alone)
as subprocesses, each through a fresh wrapper process that starts par, waits for it and reads
``getrusage(RUSAGE_CHILDREN).ru_maxrss`` (par's peak RSS, par being its only child); the wall
time is measured by the wrapper around that one child, so interpreter start-up is included.
A table goes to stdout, with a verdict for the files that must be refused: refused with the
right rule, exit 1, in under 5 seconds, using under 500 MB. The valid files get no verdict
(accepting them is right); their time and memory are the cost of a file just under the limit.

Run from the repository root:  .venv/bin/python benchmarks/limits_bench.py [--keep] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CRITERIA = REPO / "tests" / "data" / "score_bad" / "_criteria" / "corpus-mini.yaml"
MB = 1024 * 1024
SECONDS, MEGABYTES = 5.0, 500

HEAD = ("format: par-submission/1\ncriteria: corpus-mini\nyear: 2023\nunit: {unit}\n"
        "name: {unit}\n")
SCORES = ('  "1.1": yes\n  "1.2": full\n  "1.3": 87.5\n  "1.4": 100\n  "1.5.1": 3\n'
          '  "1.5.2": 1\n  "1.10": 1.5\n  "2.1": 7.7\n  "2.2.1": 0.1\n')

# The wrapper: runs one command, reports its exit code, wall time and peak RSS as JSON.
WRAPPER = r"""
import json, resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True)
wall = time.perf_counter() - started
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
# par check writes its problems to stdout, par score to stderr: keep the located lines of both
text = (done.stdout[:100_000] + b"\n" + done.stderr[:100_000]).decode("utf-8", "replace")
lines = [line for line in text.splitlines() if ": error: " in line or "par: error" in line]
print(json.dumps({"exit": done.returncode, "wall": wall, "peak_mb": peak_kb / 1024,
                  "output": lines[:3]}))
"""


@dataclass
class Case:
    name: str
    path: Path
    rule: str | None  # the rule it must be refused with; None: a valid file
    commands: tuple[str, ...] = ("check", "score")


def write_cases(root: Path) -> list[Case]:
    folders = root / "cases"
    cases: list[Case] = []

    def case(name: str, text: str | bytes, rule: str | None) -> None:
        path = folders / name / f"{name}.yaml"
        path.parent.mkdir(parents=True)
        data = text.encode("utf-8") if isinstance(text, str) else text
        path.write_bytes(data)
        cases.append(Case(name, path, rule))
        print(f"wrote {path.name}: {len(data) / MB:.1f} MB", file=sys.stderr)

    head = HEAD.format(unit="long-an")
    # 50 MB: over the limit; padding that a YAML parser would have to read to the end
    padding = "# " + "x" * 97 + "\n"
    case("over-limit-50mb", head + "scores:\n" + SCORES + '  "2.2.2": 0\n'
         + padding * (50 * MB // len(padding)), "too-large")
    bomb = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 9))
    case("alias-bomb", head + bomb + "scores:\n" + SCORES + '  "2.2.2": 0\n', "alias-limit")
    case("deep-nesting", head + "deep: " + "[" * (10 * MB) + "\n", "depth-limit")
    # one line of 10 MB: the whole valid submission in flow style, one evidence text long
    evidence = "x" * (10 * MB)
    scores = ", ".join(line.strip() for line in SCORES.splitlines())
    case("one-line-10mb", "{format: par-submission/1, criteria: corpus-mini, year: 2023, "
         f"unit: long-an, name: Long An, scores: {{{scores}, "
         f'"2.2.2": {{self: 0, evidence: ["{evidence}"]}}}}}}', None)
    # 19 MB of long texts: few nodes, many bytes
    note = "Ghi chú thẩm định: " + "đã kiểm tra hồ sơ " * 2000
    long_texts = "".join(f"      - \"{note} ({i})\"\n"
                         for i in range(19 * MB // len(note.encode())))
    case("valid-19mb-text", head + "scores:\n" + SCORES + '  "2.2.2":\n    self: 0\n'
         "    evidence:\n" + long_texts, None)
    # 19 MB of short evidence items: the most YAML nodes a file under the limit holds
    items, size, i = [], 0, 0
    while size < 19 * MB - 1000:
        item = f"      - {i:06d}/QĐ-UB\n"  # 21 bytes: 950,000 items, under the node limit
        items.append(item)
        size += len(item.encode("utf-8"))
        i += 1
    case("valid-19mb-nodes", head + "scores:\n" + SCORES + '  "2.2.2":\n    self: 0\n'
         "    evidence:\n" + "".join(items), None)
    # 19 MB of one-letter evidence items in flow style: 6.6 million nodes, the most a file
    # under the size limit can hold; over the node limit (1,000,000), so refused
    flow = ", ".join(["a"] * ((19 * MB - 1000) // 3))
    case("nodes-19mb-flow", head + "scores:\n" + SCORES + '  "2.2.2": {self: 0, evidence: ['
         + flow + "]}\n", "too-large")
    cases += workbook_cases(root)
    return cases


def workbook_cases(root: Path) -> list[Case]:
    """Workbooks for ``par import``, made from a blank template with its sheet XML replaced."""
    folder = root / "workbooks"
    folder.mkdir()
    blank = folder / "template.xlsx"
    subprocess.run([sys.executable, "-m", "par_cli", "template", "corpus-mini", "--criteria",
                    str(CRITERIA), "--unit", "long-an", "--format", "xlsx", "--output",
                    str(blank)], check=True, cwd=REPO, capture_output=True)
    sheet_name = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(blank) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    template_sheet = parts[sheet_name].decode("utf-8")

    def workbook(name: str, sheet: str | bytes, rule: str) -> Case:
        path = folder / f"{name}.xlsx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for part, data in parts.items():
                archive.writestr(part, sheet if part == sheet_name else data)
        print(f"wrote {path.name}: {path.stat().st_size / MB:.2f} MB", file=sys.stderr)
        return Case(name, path, rule, ("import",))

    declared = re.sub(r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:XFD40000"/>',
                      template_sheet)
    head = template_sheet[:template_sheet.index("<sheetData>") + len("<sheetData>")]
    tail = template_sheet[template_sheet.index("</sheetData>"):]
    first = '<row r="1"><c r="A1" t="inlineStr"><is><t>format</t></is></c></row>'
    rows = first + "".join(f'<row r="{n}"><c r="A{n}"><v>1</v></c></row>'
                           for n in range(2, 1_000_001))
    padding = b" " * (200 * MB)
    bomb = head.encode() + padding + tail.encode()
    return [workbook("xlsx-declared-xfd", declared, "uncovered"),
            workbook("xlsx-million-rows", head + rows + tail, "xlsx"),
            workbook("xlsx-zip-bomb", bomb, "too-large")]


def measure(python: str, args: list[str]) -> dict[str, object]:
    done = subprocess.run([python, "-c", WRAPPER, python, "-m", "par_cli", *args],
                          capture_output=True, text=True, check=True, cwd=REPO)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--repeat", type=int, default=1, help="best of K runs (default 1)")
    parser.add_argument("--only", default="", help="run the cases whose name contains this "
                        "(e.g. xlsx)")
    parser.add_argument("--python", default=str(REPO / ".venv" / "bin" / "python")
                        if (REPO / ".venv" / "bin" / "python").exists() else sys.executable)
    options = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="par-limits-"))
    try:
        criteria = root / "criteria"
        criteria.mkdir()
        shutil.copy(CRITERIA, criteria / CRITERIA.name)
        cases = write_cases(root)
        rows = []
        failed = False
        print(f"{'file':<18}{'MB':>6}  {'command':<6}{'exit':>5}{'wall s':>8}{'peak MB':>9}  "
              f"{'verdict':<8} first problem")
        for case in [c for c in cases if options.only in c.name]:
            size = case.path.stat().st_size / MB
            targets = {"check": [str(case.path)], "score": [str(case.path.parent)],
                       "import": [str(case.path), "--output-dir", str(root / "imported")]}
            for command in case.commands:
                runs = [measure(options.python, [command, *targets[command], "--criteria",
                                                 str(criteria)])
                        for _ in range(options.repeat)]
                best = min(runs, key=lambda r: float(str(r["wall"])))
                wall, peak = float(str(best["wall"])), float(str(best["peak_mb"]))
                output = [str(line) for line in best["output"]]  # type: ignore[attr-defined]
                first = output[0] if output else ""
                if case.rule is None:
                    verdict = "accepted" if best["exit"] == 0 else "WRONG"
                    failed |= best["exit"] != 0
                else:
                    refused = best["exit"] == 1 and any(f"[{case.rule}]" in s for s in output)
                    good = refused and wall < SECONDS and peak < MEGABYTES
                    verdict = "ok" if good else "FAIL"
                    failed |= not good
                shown = first if len(first) <= 110 else first[:107] + "..."
                shown = shown.replace(str(root), "$TMP")
                print(f"{case.name:<18}{size:>6.1f}  {command:<6}{best['exit']!s:>5}"
                      f"{wall:>8.2f}{peak:>9.0f}  {verdict:<8} {shown}", flush=True)
                rows.append(best)
        print(f"\nverdict: {'FAIL' if failed else 'ok'} — every bad file refused with its rule "
              f"in under {SECONDS:g} s using under {MEGABYTES} MB, every valid file accepted"
              if not failed else "\nverdict: FAIL (see the rows marked FAIL or WRONG)")
        return 1 if failed else 0
    finally:
        if options.keep:
            print(f"files kept in {root}", file=sys.stderr)
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
