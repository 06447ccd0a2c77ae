"""Benchmark ``par trend`` against the sum of the single-year ``par score`` runs it replaces.

Two cases (docs/commands.md#par-trend, "Speed and memory"):

- **13 years x 63 provinces** (the PAR Index has been published since 2012): many small years;
- **3 years x 10,000 communes**: few large years, read with worker processes.

The submissions are those of ``score_bench.py`` (the synthetic set ``bench-88``: 8 areas, 88
leaves mixing every rule, about 3.2 KB a file), one folder per year; a unit keeps its id over
the years and gets other values each year. For each case, each measured as a subprocess from
spawn to exit (start-up included, as a person runs it):

- ``par score YEAR --criteria SET --format json --output F`` for every year, the times summed;
- ``par trend YEAR... --criteria SET --format json --output F`` once.

The goal: trend takes at most **1.2x** the sum, and its peak memory stays that of the largest
single ``par score`` run (each year is read, slimmed to its areas and let go before the next).
Peak memory is measured as in ``score_bench.py`` (a wrapper records the peak RSS of par and the
largest of its worker processes; the figure given is main + workers x largest worker, an upper
bound). Every run is checked: exit 0, and trend's ranks of each year equal that year's
``par score`` ranks.

Run from the repository root:  .venv/bin/python benchmarks/trend_bench.py
                               .venv/bin/python benchmarks/trend_bench.py --only provinces
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_bench import PAR_WRAPPER, SET_ID, PssSampler, build_leaves, submission

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "benchmarks" / "out"
GOAL_RATIO = 1.2
CASES = {"provinces": (list(range(2012, 2025)), 63), "communes": ([2022, 2023, 2024], 10_000)}
GENERATOR_VERSION = 1


@dataclass
class Run:
    seconds: float
    cpu: float  # user + system seconds of par and its worker processes
    exit_code: int
    main_mb: float  # peak RSS of the par process itself
    worker_mb: float  # the largest peak RSS among its worker processes
    tree_mb: float  # the largest summed PSS of par and its workers, sampled every 20 ms
    output: bytes
    stderr: str


def par(python: str, args: list[str], workdir: Path) -> Run:
    stats = workdir / "par-stats.json"
    stats.unlink(missing_ok=True)
    env = dict(os.environ, PAR_BENCH_STATS=str(stats))
    output = Path(args[args.index("--output") + 1])
    output.unlink(missing_ok=True)
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([python, "-c", PAR_WRAPPER, *args], cwd=workdir, env=env,
                                stdout=subprocess.DEVNULL, stderr=err)
        sampler = PssSampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)  # the usage includes its reaped workers
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.done.set()
        sampler.join()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    figures = json.loads(stats.read_text()) if stats.exists() else {}
    return Run(seconds, usage.ru_utime + usage.ru_stime, proc.returncode,
               figures.get("self_kb", 0) / 1024,
               figures.get("children_kb", 0) / 1024, sampler.peak_kb / 1024,
               output.read_bytes() if output.exists() else b"", stderr)


def generate(workdir: Path, years: list[int], units: int) -> list[Path]:
    """One folder per year; unit i keeps its id, its values come from another seed each year."""
    leaves, criteria_text = build_leaves()
    criteria = workdir / "criteria-set" / f"{SET_ID}.yaml"
    criteria.parent.mkdir(parents=True, exist_ok=True)
    criteria.write_text(re.sub(r"^years: .*$", f"years: [{', '.join(map(str, years))}]",
                               criteria_text, count=1, flags=re.M), encoding="utf-8")
    folders = []
    for k, year in enumerate(years):
        folder = workdir / f"{units}-{year}"
        folders.append(folder)
        stamp = folder / ".complete"
        tag = f"{GENERATOR_VERSION} {units} {year} {years}"
        if stamp.exists() and stamp.read_text() == tag:
            continue
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(1, units + 1):
            unit, _, _, _ = submission(i, leaves)
            _, text, _, _ = submission(i + 100_000 * (k + 1), leaves)
            text = re.sub(r"^unit: .*$", f"unit: {unit}", text, count=1, flags=re.M)
            text = re.sub(r"^year: .*$", f"year: {year}", text, count=1, flags=re.M)
            (folder / f"{unit}.yaml").write_text(text, encoding="utf-8")
        stamp.write_text(tag)
    return folders


@dataclass
class Figures:
    score_seconds: float = float("inf")  # the sum over the years (best repetition)
    trend_seconds: float = float("inf")
    score_cpu: float = float("inf")  # the same in CPU seconds (steadier on a busy machine)
    trend_cpu: float = float("inf")
    score_main: float = 0.0  # the largest of the single-year runs
    score_worker: float = 0.0
    score_tree: float = 0.0
    trend_main: float = 0.0
    trend_worker: float = 0.0
    trend_tree: float = 0.0


def measure(python: str, workdir: Path, folders: list[Path], years: list[int], jobs: int,
            repeat: int) -> tuple[Figures, list[str]]:
    criteria = str(workdir / "criteria-set" / f"{SET_ID}.yaml")
    problems: list[str] = []
    got = Figures()
    ranks: dict[int, dict[str, int | None]] = {}
    for _ in range(repeat):
        total = cpu = 0.0
        for year, folder in zip(years, folders, strict=True):
            run = par(python, ["score", str(folder), "--criteria", criteria, "--format", "json",
                               "--output", str(workdir / f"score-{year}.json"), "--jobs",
                               str(jobs), "--quiet"], workdir)
            if run.exit_code != 0:
                problems.append(f"par score {folder}: exit {run.exit_code}: {run.stderr[-400:]}")
                continue
            total += run.seconds
            cpu += run.cpu
            got.score_main = max(got.score_main, run.main_mb)
            got.score_worker = max(got.score_worker, run.worker_mb)
            got.score_tree = max(got.score_tree, run.tree_mb)
            data = json.loads(run.output, parse_float=Decimal)
            ranks[year] = {u["unit"]: u["rank"] for u in data["units"]}
        got.score_seconds = min(got.score_seconds, total)
        got.score_cpu = min(got.score_cpu, cpu)
        run = par(python, ["trend", *map(str, folders), "--criteria", criteria, "--format",
                           "json", "--output", str(workdir / "trend.json"), "--jobs", str(jobs),
                           "--quiet"], workdir)
        if run.exit_code != 0:
            problems.append(f"par trend: exit {run.exit_code}: {run.stderr[-400:]}")
            continue
        got.trend_seconds = min(got.trend_seconds, run.seconds)
        got.trend_cpu = min(got.trend_cpu, run.cpu)
        got.trend_main = max(got.trend_main, run.main_mb)
        got.trend_worker = max(got.trend_worker, run.worker_mb)
        got.trend_tree = max(got.trend_tree, run.tree_mb)
        data = json.loads(run.output, parse_float=Decimal)
        if data["years"] != years:
            problems.append(f"par trend: years {data['years']}")
        for unit in data["units"]:
            for year in years:
                entry = unit["years"][str(year)]
                if (entry["rank"] if entry else None) != ranks.get(year, {}).get(unit["unit"]):
                    problems.append(f"par trend: {unit['unit']} {year} rank differs from score")
                    break
    return got, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=sorted(CASES), action="append",
                        help="run only this case (repeatable; default: both)")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="where the files go (default: a temporary folder under "
                        "benchmarks/out/, removed afterwards unless --keep); files already "
                        "generated there are reused")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--repeat", type=int, default=1, help="best of this many runs")
    parser.add_argument("--jobs", type=int, default=0, help="--jobs of every par run (0 = all)")
    parser.add_argument("--units", type=int, default=None,
                        help="communes per year instead of 10000 (to try a smaller case)")
    parser.add_argument("--python", default=None, help="interpreter with par installed")
    args = parser.parse_args(argv)
    venv_python = REPO / ".venv" / "bin" / "python"
    python = args.python or (str(venv_python) if venv_python.exists() else sys.executable)
    created = args.workdir is None
    if created:
        OUT.mkdir(parents=True, exist_ok=True)
        workdir = Path(tempfile.mkdtemp(prefix="trend-bench-", dir=OUT))
    else:
        workdir = args.workdir.resolve()
        workdir.mkdir(parents=True, exist_ok=True)
    failures: list[str] = []
    verdicts: list[bool] = []
    print(f"cores: {os.cpu_count()}, load before: {os.getloadavg()[0]:.2f}, jobs: {args.jobs}, "
          f"best of {args.repeat}")
    print("wall (and CPU) seconds: the sum of the single-year par score runs, par trend, the "
          "ratio;\npeak MiB: main / largest worker / sampled tree PSS of par score (largest "
          "year) -> of par trend")
    try:
        for name in args.only or sorted(CASES, reverse=True):
            years, units = CASES[name]
            if name == "communes" and args.units:
                units = args.units
            began = time.perf_counter()
            folders = generate(workdir, years, units)
            print(f"{name}: {len(years)} x {units} submissions ready in "
                  f"{time.perf_counter() - began:.1f} s", file=sys.stderr)
            for folder in folders:  # warm the page cache alike for every run
                for path in folder.glob("*.yaml"):
                    path.read_bytes()
            got, problems = measure(python, workdir, folders, years, args.jobs, args.repeat)
            failures += problems
            ratio = got.trend_seconds / got.score_seconds if got.score_seconds else float("inf")
            label = f"{len(years)} years x {units}"
            cpu_ratio = got.trend_cpu / got.score_cpu if got.score_cpu else float("inf")
            print(f"{label}: {got.score_seconds:.1f} s ({got.score_cpu:.1f}) -> "
                  f"{got.trend_seconds:.1f} s ({got.trend_cpu:.1f}), ratio {ratio:.2f} "
                  f"({cpu_ratio:.2f}); peak MiB {got.score_main:.0f} / {got.score_worker:.0f} / "
                  f"{got.score_tree:.0f} -> {got.trend_main:.0f} / {got.trend_worker:.0f} / "
                  f"{got.trend_tree:.0f}")
            verdicts.append(ratio <= GOAL_RATIO)
    finally:
        if created and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        elif created:
            print(f"kept {workdir}", file=sys.stderr)
    for failure in failures:
        print(f"CHECK FAILED: {failure}")
    print(f"VERDICT: {'every case within' if all(verdicts) else 'NOT within'} {GOAL_RATIO}x "
          "the sum of the single-year runs")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
