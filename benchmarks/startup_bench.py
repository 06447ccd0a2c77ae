"""Benchmark par's start-up against importing its dependencies, and optionally compare
``par score`` with an earlier commit.

Start-up: each command runs as a fresh subprocess, ``--repeat`` times after ``--warmup`` runs,
with all the commands interleaved round-robin (so load on the machine hits them alike); the
figure is the median wall time, from spawn to exit. Three ratios are printed against a bare
``python -c "import ..."`` of the same interpreter:

- ``par --version`` / ``import typer``                                    goal <= 1.8
- ``par --help`` / ``import typer``                                       goal <= 3.0
- ``par check criteria/par-province-2022.yaml`` / ``import typer, rich.console, pydantic, yaml``
                                                                          goal <= 1.6

Score comparison (``--score-against REV``): ``git worktree add --detach`` REV in a temporary
folder, install it (``pip install -e``, its dependencies pinned to the versions installed here)
into a temporary venv, then run this checkout's ``benchmarks/score_bench.py`` with ``--python``
pointing at the old and at the current interpreter, alternately, ``--rounds`` times, and print
per size the median ratio of ``par score`` to the bare PyYAML parse for old and new, and
new/old. The worktree and the venv are removed at the end.

PYTHONDONTWRITEBYTECODE is removed from the environment of the measured commands, so that
par_cli's bytecode is cached as in a normal install (the warm-up runs write it).

The figures never change the exit code; it is 1 only when a command failed.

Run from the repository root:  .venv/bin/python benchmarks/startup_bench.py
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCORE_BENCH = REPO / "benchmarks" / "score_bench.py"
CHECK_FILE = "criteria/par-province-2022.yaml"
IMPORT_TYPER = "import typer"
IMPORT_ALL = "import typer, rich.console, pydantic, yaml"
# Run everything with bytecode caching on, as in a normal install: an inherited
# PYTHONDONTWRITEBYTECODE would make every par start compile par_cli (an editable install has
# no .pyc until Python writes one) while the baselines load site-packages' precompiled .pyc.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


class CommandFailed(Exception):
    """A measured command exited non-zero."""


# ---- start-up ----------------------------------------------------------------------------------


@dataclass
class Command:
    label: str
    argv: list[str]
    times: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.times)


@dataclass
class Ratio:
    command: str
    seconds: float
    baseline: str
    baseline_seconds: float
    ratio: float
    goal: float
    met: bool


def par_launcher(python: str) -> tuple[list[str], str]:
    """The console script beside the interpreter when there is one, else ``python -m par_cli``."""
    script = Path(python).parent / "par"  # not resolved: a venv's python is a symlink
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)], f"console script {script}"
    return [python, "-m", "par_cli"], f"{python} -m par_cli (no console script beside it)"


def run_once(command: Command) -> float:
    start = time.perf_counter()
    done = subprocess.run(command.argv, cwd=REPO, env=ENV, stdin=subprocess.DEVNULL,
                          capture_output=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        tail = done.stderr.decode("utf-8", "replace")[-2000:]
        raise CommandFailed(f"{command.label} exited {done.returncode}\n{tail}")
    return seconds


def measure_startup(python: str, repeat: int, warmup: int) -> tuple[list[Ratio], str]:
    par, launcher = par_launcher(python)
    commands = {
        "version": Command("par --version", [*par, "--version"]),
        "help": Command("par --help", [*par, "--help"]),
        "check": Command(f"par check {CHECK_FILE}", [*par, "check", CHECK_FILE]),
        "typer": Command(f'python -c "{IMPORT_TYPER}"', [python, "-c", IMPORT_TYPER]),
        "all": Command(f'python -c "{IMPORT_ALL}"', [python, "-c", IMPORT_ALL]),
    }
    for _ in range(warmup):
        for command in commands.values():
            run_once(command)
    for attempt in range(repeat):
        for command in commands.values():  # round-robin: load hits every command alike
            command.times.append(run_once(command))
        print(f"  start-up round {attempt + 1}/{repeat}", file=sys.stderr)
    pairs = [("version", "typer", 1.8), ("help", "typer", 3.0), ("check", "all", 1.6)]
    ratios = []
    for name, base, goal in pairs:
        c, b = commands[name], commands[base]
        ratio = c.median / b.median
        ratios.append(Ratio(c.label, c.median, b.label, b.median, ratio, goal, ratio <= goal))
    return ratios, launcher


def print_startup(ratios: list[Ratio], launcher: str, python: str, repeat: int,
                  warmup: int) -> None:
    print(f"par start-up (median of {repeat} runs after {warmup} warm-up, commands interleaved; "
          "seconds)")
    print(f"python: {python}")
    print(f"par:    {launcher}")
    if "PYTHONDONTWRITEBYTECODE" in os.environ:
        print("PYTHONDONTWRITEBYTECODE was set: removed for the measured commands, so that "
              "par_cli's bytecode is cached (by the warm-up runs) as in a normal install")
    cw = max(len("command"), *(len(r.command) for r in ratios))
    bw = max(len("baseline"), *(len(r.baseline) for r in ratios))
    header = (f"{'command':<{cw}} | {'median':>7} | {'baseline':<{bw}} | {'median':>7} | "
              f"{'ratio':>5} | {'goal':>6} | met")
    print(header)
    print("-" * len(header))
    for r in ratios:
        print(f"{r.command:<{cw}} | {r.seconds:>7.3f} | {r.baseline:<{bw}} | "
              f"{r.baseline_seconds:>7.3f} | {r.ratio:>5.2f} | {'<= ' + str(r.goal):>6} | "
              f"{'yes' if r.met else 'no'}")


# ---- score comparison --------------------------------------------------------------------------


@dataclass
class ScoreRow:
    units: int
    bare: float
    jobs_all: float
    jobs_one: float
    rss_one_mib: float
    bound_all_mib: float


@dataclass
class ScoreRun:
    which: str  # "old" or "new"
    revision: str
    rows: list[ScoreRow]


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True,
                          check=True).stdout.strip()


def install_old(rev: str, python: str, tmp: Path) -> tuple[str, str]:
    """Check REV out in a worktree under ``tmp`` and install it into a venv; its python and hash."""
    commit = _git("rev-parse", "--verify", f"{rev}^{{commit}}")
    tree = tmp / "tree"
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--quiet", "--detach", str(tree),
                    commit], check=True)
    venv = tmp / "venv"
    subprocess.run([python, "-m", "venv", str(venv)], check=True)
    old_python = str(venv / "bin" / "python")
    # The same dependency versions as the current environment, so only par_cli differs.
    frozen = subprocess.run([python, "-m", "pip", "freeze", "--exclude-editable"],
                            capture_output=True, text=True, check=True).stdout
    pins = tmp / "pins.txt"
    pins.write_text("".join(line + "\n" for line in frozen.splitlines()
                            if "==" in line and not line.lower().startswith("par-cli")))
    began = time.perf_counter()
    done = subprocess.run([old_python, "-m", "pip", "install", "-q", "-e", str(tree),
                           "-c", str(pins)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise CommandFailed(f"pip install -e {tree} exited {done.returncode}\n"
                            f"{done.stderr[-2000:]}")
    where = subprocess.run([old_python, "-c", "import par_cli; print(par_cli.__file__)"],
                           capture_output=True, text=True, check=True,
                           cwd=tempfile.gettempdir()).stdout.strip()
    if not Path(where).resolve().is_relative_to(tree.resolve()):
        raise CommandFailed(f"the old venv imports par_cli from {where}, not from {tree}")
    print(f"{rev} = {commit[:10]} installed from {tree} in {time.perf_counter() - began:.0f} s",
          file=sys.stderr)
    return old_python, commit


ROW = re.compile(r"^\s*(\d+) \|")


def parse_score_bench(text: str) -> tuple[str, list[ScoreRow]]:
    """The revision line and table rows of score_bench.py's report."""
    rows, revision = [], ""
    for line in text.splitlines():
        if "load average" in line and not revision:
            revision = line.split(";")[0]
        if not ROW.match(line):
            continue
        cells = [c.strip() for c in line.split("|")]
        rows.append(ScoreRow(units=int(cells[0]), bare=float(cells[1]), jobs_all=float(cells[2]),
                             jobs_one=float(cells[4]), rss_one_mib=float(cells[6]),
                             bound_all_mib=float(cells[7].rpartition("=")[2])))
    return revision, rows


def run_score_bench(which: str, python: str, units: list[int], workdir: Path) -> ScoreRun:
    command = [sys.executable, str(SCORE_BENCH), "--python", python, "--workdir", str(workdir),
               "--units", *map(str, units)]
    began = time.perf_counter()
    done = subprocess.run(command, env=ENV, capture_output=True, text=True, check=False)
    revision, rows = parse_score_bench(done.stdout)
    if done.returncode != 0 or sorted(r.units for r in rows) != sorted(units):
        raise CommandFailed(f"score_bench.py for the {which} code ({python}) exited "
                            f"{done.returncode}\n{done.stdout[-1500:]}{done.stderr[-1500:]}")
    print(f"  {which}: score_bench.py in {time.perf_counter() - began:.0f} s; " + "; ".join(
        f"{r.units} units {r.jobs_all / r.bare:.2f}x" for r in rows), file=sys.stderr)
    return ScoreRun(which, revision, rows)


@dataclass
class ScoreSummary:
    units: int
    old_all: float
    new_all: float
    old_one: float
    new_one: float
    old_peak_mib: float
    new_peak_mib: float

    @property
    def all_new_over_old(self) -> float:
        return self.new_all / self.old_all

    @property
    def one_new_over_old(self) -> float:
        return self.new_one / self.old_one


def summarise(runs: list[ScoreRun], units: list[int]) -> list[ScoreSummary]:
    def med(which: str, size: int, figure: str) -> float:
        values = []
        for run in runs:
            if run.which != which:
                continue
            for r in run.rows:
                if r.units == size:
                    values.append({"all": r.jobs_all / r.bare, "one": r.jobs_one / r.bare,
                                   "peak": max(r.rss_one_mib, r.bound_all_mib)}[figure])
        return statistics.median(values)

    return [ScoreSummary(n, med("old", n, "all"), med("new", n, "all"), med("old", n, "one"),
                         med("new", n, "one"), med("old", n, "peak"), med("new", n, "peak"))
            for n in units]


def print_scores(summary: list[ScoreSummary], runs: list[ScoreRun], rev: str, commit: str,
                 rounds: int) -> None:
    print()
    print(f"par score, old = {rev} ({commit[:10]}) vs new = this checkout: median over {rounds} "
          "alternating round(s) of the ratio to a bare PyYAML CSafeLoader parse (score_bench.py)")
    for which in ("old", "new"):
        seen = sorted({run.revision for run in runs if run.which == which})
        print(f"{which}: {', '.join(seen)}")
    header = (f"{'units':>6} | {'old j=all':>9} | {'new j=all':>9} | {'new/old':>7} | "
              f"{'old j=1':>7} | {'new j=1':>7} | {'new/old':>7} | {'peak MiB old':>12} | "
              f"{'peak MiB new':>12}")
    print(header)
    print("-" * len(header))
    for s in summary:
        print(f"{s.units:>6} | {s.old_all:>9.2f} | {s.new_all:>9.2f} | "
              f"{s.all_new_over_old:>7.3f} | {s.old_one:>7.2f} | {s.new_one:>7.2f} | "
              f"{s.one_new_over_old:>7.3f} | {s.old_peak_mib:>12.1f} | {s.new_peak_mib:>12.1f}")
    print("new/old above 1 means the current code is slower. Peak: the larger of the jobs=1 RSS "
          "and the jobs=all upper bound (main + workers x largest worker), as score_bench.py "
          "prints them.")


def compare_scores(rev: str, python: str, units: list[int], rounds: int,
                   keep: bool) -> tuple[list[ScoreSummary], list[ScoreRun], str]:
    tmp = Path(tempfile.mkdtemp(prefix="par-startup-bench-"))
    tree = tmp / "tree"
    (REPO / "benchmarks" / "out").mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="startup-bench-", dir=REPO / "benchmarks" / "out"))
    runs: list[ScoreRun] = []
    try:
        old_python, commit = install_old(rev, python, tmp)
        for attempt in range(rounds):
            print(f"  score round {attempt + 1}/{rounds}", file=sys.stderr)
            order = ("old", "new") if attempt % 2 == 0 else ("new", "old")
            for which in order:
                runs.append(run_score_bench(which, old_python if which == "old" else python,
                                            units, workdir))
        return summarise(runs, units), runs, commit
    finally:
        if tree.exists():
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)],
                           check=False)
        shutil.rmtree(tmp, ignore_errors=True)
        if keep:
            print(f"submissions kept in {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)


# ---- main --------------------------------------------------------------------------------------


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # what nproc prints
    except AttributeError:
        return os.cpu_count() or 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15,
                        help="timed runs of each start-up command (default: 15)")
    parser.add_argument("--warmup", type=int, default=2,
                        help="untimed runs of each start-up command first (default: 2)")
    parser.add_argument("--python", default=sys.executable,
                        help="interpreter par is installed for (default: this one); par is run "
                        "as the console script beside it, else as PYTHON -m par_cli")
    parser.add_argument("--json", action="store_true",
                        help="print the figures as JSON instead of tables")
    parser.add_argument("--score-against", metavar="REV", default=None,
                        help="also compare par score with the code at git revision REV")
    parser.add_argument("--rounds", type=int, default=3,
                        help="old/new score_bench.py runs to alternate (default: 3)")
    parser.add_argument("--score-units", type=int, nargs="+", default=[5000, 10000],
                        help="submissions per score_bench.py run (default: 5000 10000)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the generated submissions (benchmarks/out/startup-bench-*)")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.warmup < 0 or args.rounds < 1 or min(args.score_units) < 1:
        parser.error("--repeat, --rounds and --score-units must be positive, --warmup >= 0")
    python = args.python
    load_before = os.getloadavg()[0]
    began = time.perf_counter()
    try:
        ratios, launcher = measure_startup(python, args.repeat, args.warmup)
        scores: list[ScoreSummary] = []
        runs: list[ScoreRun] = []
        commit = ""
        if args.score_against:
            scores, runs, commit = compare_scores(args.score_against, python, args.score_units,
                                                  args.rounds, args.keep)
    except (CommandFailed, subprocess.CalledProcessError) as e:
        print(f"FAILED: {e}", file=sys.stderr)
        return 1
    load_after = os.getloadavg()[0]
    elapsed = time.perf_counter() - began
    if args.json:
        figures: dict[str, object] = {
            "python": python, "par": launcher, "repeat": args.repeat, "warmup": args.warmup,
            "nproc": _cores(), "load_before": load_before, "load_after": load_after,
            "seconds": elapsed, "startup": [asdict(r) for r in ratios],
        }
        if args.score_against:
            figures["score"] = {
                "against": args.score_against, "commit": commit, "rounds": args.rounds,
                "sizes": [dict(asdict(s), all_new_over_old=s.all_new_over_old,
                               one_new_over_old=s.one_new_over_old) for s in scores],
                "runs": [asdict(r) for r in runs],
            }
        print(json.dumps(figures, indent=2))
        return 0
    print_startup(ratios, launcher, python, args.repeat, args.warmup)
    if args.score_against:
        print_scores(scores, runs, args.score_against, commit, args.rounds)
    print()
    print(f"nproc {_cores()}; 1-minute load average {load_before:.2f} before, {load_after:.2f} "
          f"after; {elapsed:.0f} s in all (other work on the machine skews the times)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
