"""Benchmark ``par report`` on the examples: 63 provinces × 3 years (2022, 2023, 2024), each run
a fresh process (the first chart of a process costs vl-convert's start, and is counted), for the
HTML page, the PDF, and the HTML with every chart as SVG and PNG (``--charts-dir``).

Per case: the median and the worst wall time of ``--repeat`` runs, and the largest peak
resident memory (the process's own, from ``wait4``; par report starts no worker process at
``--jobs 1``, and the default ``--jobs 0`` is measured too). Goal (issue #16): at most 10 s and
500 MiB on the project's 2-core machine.

Run from the repository root:  .venv/bin/python benchmarks/report_bench.py [--repeat 5]
The exit code is 1 when a run failed or missed a goal, else 0.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
YEARS = [str(REPO / "examples" / "provinces" / y) for y in ("2022", "2023", "2024")]
GOAL_SECONDS = 10.0
GOAL_MIB = 500.0


def _par() -> list[str]:
    venv = REPO / ".venv" / "bin" / "python"
    return [str(venv if venv.exists() else Path(sys.executable)), "-m", "par_cli"]


def run_once(args: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak resident MiB and the exit code of ``par ARGS`` in a new process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    pid = os.posix_spawn(_par()[0], [*_par(), *args], env)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per case (default 3)")
    options = parser.parse_args()
    out = Path(tempfile.mkdtemp(prefix="par-report-bench-"))
    cases = {
        "html, --unit, vi": [*YEARS, "--unit", "long-an", "--lang", "vi", "-o",
                             str(out / "r.html")],
        "html, --jobs 1": [*YEARS, "--jobs", "1", "-o", str(out / "r.html")],
        "pdf, --unit": [*YEARS, "--unit", "long-an", "-o", str(out / "r.pdf")],
        "html + --charts-dir": [*YEARS, "--unit", "long-an", "-o", str(out / "r.html"),
                                "--charts-dir", str(out / "charts")],
    }
    run_once(["report", *cases["html, --jobs 1"], "-q"])  # bytecode written once, not timed
    failed = False
    print(f"{'case':24} {'median s':>9} {'worst s':>8} {'peak MiB':>9}  goal")
    try:
        for name, args in cases.items():
            runs = [run_once(["report", *args, "-q"]) for _ in range(options.repeat)]
            if any(code != 0 for _, _, code in runs):
                print(f"{name}: par report failed", file=sys.stderr)
                failed = True
                continue
            times = [seconds for seconds, _, _ in runs]
            peak = max(mib for _, mib, _ in runs)
            met = max(times) <= GOAL_SECONDS and peak <= GOAL_MIB
            failed |= not met
            print(f"{name:24} {statistics.median(times):9.2f} {max(times):8.2f} {peak:9.0f}  "
                  f"{'met' if met else 'MISSED'}")
        sizes = {p.name: p.stat().st_size for p in out.glob("r.*")}
        print("sizes: " + ", ".join(f"{n} {s // 1024} KiB" for n, s in sorted(sizes.items())))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    print(f"machine: {os.cpu_count()} cores; goal: <= {GOAL_SECONDS:g} s, <= {GOAL_MIB:g} MiB")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
