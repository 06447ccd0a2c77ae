"""Benchmark ``par score`` against the bare cost of parsing the same files with PyYAML's C loader.

It writes a criteria set ``bench-88`` (8 areas, 3 levels, 88 leaves mixing every leaf rule,
total 100) and N synthetic submissions (fixed seed, every leaf scored, some ``n/a``, some
``{self, appraised, note, evidence}`` mappings), then measures, for each N:

- bare parse: one fresh process loops ``yaml.load(open(f, 'rb'), Loader=yaml.CSafeLoader)`` over
  all files; only the loop is timed (no interpreter start-up, no imports, no file listing);
- ``par score DIR --criteria FILE --format json --output FILE --jobs J`` as a subprocess, wall time
  from spawn to exit (interpreter start-up, imports, criteria loading, scoring, ranking and
  writing the JSON all included), for ``--jobs 0`` (all cores) and ``--jobs 1``;
- peak memory of each ``par score`` run (see "Memory" below).

Every run is checked: exit code 0, the JSON lists N units, and each unit's points and applicable
max equal the values the generator computed independently; the jobs=all and jobs=1 outputs must be
byte-identical.

Memory. ``par score`` is started through a tiny wrapper (``python -c``) that imports
``par_cli.cli.main`` exactly as the ``par`` console script does, runs it in-process, and on exit
writes ``getrusage(RUSAGE_SELF).ru_maxrss`` (peak RSS of the par process itself) and
``getrusage(RUSAGE_CHILDREN).ru_maxrss`` (the largest peak RSS among its reaped children, i.e. the
worker processes; on Linux RUSAGE_CHILDREN gives the max, not the sum). The wrapper counts its
forks with ``os.register_at_fork``. The reported total is the upper bound
``main peak + workers x largest worker peak``; it over-counts pages shared copy-on-write after
``fork``. The benchmark process also reaps the wrapper with ``os.wait4`` and cross-checks that the
rusage of that one child equals max(main, workers). ``--sample-pss`` additionally samples the
summed PSS (proportional set size: shared pages split between the processes) of the whole process
tree every 20 ms for a tighter, sampled figure.

Run from the repository root:  .venv/bin/python benchmarks/score_bench.py --units 1000 5000 10000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "benchmarks" / "out"
SET_ID = "bench-88"
YEAR = 2023
SEED = 20231231
GENERATOR_VERSION = 1
GOAL_RATIO = Decimal("1.5")
GOAL_MEMORY_MIB = 1024
SPEED_GOAL_UNITS = (5000, 10000)
ZERO = Decimal(0)

# ---- the criteria set --------------------------------------------------------------------------

AREAS = [  # (id, max, leaves, method, name, name_vi)
    ("1", 14, 12, "appraisal", "Direction and administration of PAR",
     "Công tác chỉ đạo, điều hành cải cách hành chính"),
    ("2", 10, 10, "appraisal", "Institutional reform", "Cải cách thể chế"),
    ("3", 13, 12, "appraisal", "Administrative procedure reform", "Cải cách thủ tục hành chính"),
    ("4", 12, 11, "appraisal", "Organisational reform", "Cải cách tổ chức bộ máy"),
    ("5", 14, 11, "survey", "Civil service reform", "Cải cách chế độ công vụ"),
    ("6", 12, 10, "statistics", "Public finance reform", "Cải cách tài chính công"),
    ("7", 13, 11, None, "E-government and digital government",
     "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"),
    ("8", 12, 11, "survey", "Impact of PAR on people and organisations",
     "Tác động của cải cách hành chính đến người dân, tổ chức"),
]
LEAF_NAMES = [
    ("Plan issued on time", "Ban hành kế hoạch đúng thời hạn"),
    ("Share of planned tasks completed", "Tỷ lệ hoàn thành nhiệm vụ theo kế hoạch"),
    ("Reports sent on time", "Số báo cáo gửi đúng hạn"),
    ("Inspection findings followed up", "Xử lý sau kiểm tra"),
    ("Procedures published on the portal", "Công khai thủ tục trên cổng dịch vụ công"),
    ("Applications resolved on time", "Tỷ lệ hồ sơ giải quyết đúng hạn"),
    ("Late applications with an apology letter", "Hồ sơ trễ hạn có văn bản xin lỗi"),
    ("Staffing within the approved quota", "Biên chế trong số được giao"),
    ("Officials trained this year", "Công chức được bồi dưỡng trong năm"),
    ("Budget estimates disclosed", "Công khai dự toán ngân sách"),
    ("Online public services used", "Tỷ lệ dịch vụ công trực tuyến được sử dụng"),
    ("Satisfaction of people served", "Mức độ hài lòng của người dân"),
    ("Violations found by inspection", "Số vi phạm bị phát hiện qua kiểm tra"),
    ("Digital signatures in use", "Sử dụng chữ ký số"),
]
CHOICE_OPTIONS = [
    {"complies": "1", "partly": "0.5", "fails": "0"},
    {"full": "1", "minor": "0.5", "serious": "0"},
    {"all-on-time": "1", "mostly": "0.75", "late": "0.25", "none": "0"},
]
RULE_CYCLE = ["points", "yes-no", "choice", "percent", "percent-steps", "count", "count-deduct",
              "yes-no", "percent-steps", "choice", "percent"]


@dataclass
class Leaf:
    id: str
    max: Decimal
    kind: str  # one of RULE_CYCLE's names
    options: dict[str, Decimal] = field(default_factory=dict)
    steps: list[tuple[Decimal, Decimal]] = field(default_factory=list)
    per: Decimal = ZERO


def _num(value: Decimal) -> str:
    """Exact decimal text for YAML (no exponent, no needless trailing zeros)."""
    text = format(value.normalize(), "f")
    return text


def build_leaves() -> tuple[list[Leaf], str]:
    """The leaves of bench-88 and the criteria file's text."""
    rng = random.Random(SEED)
    leaves: list[Leaf] = []
    out = [
        "# Synthetic criteria set for benchmarks/score_bench.py; not an official methodology.",
        "format: par-criteria/1",
        f"id: {SET_ID}",
        "title: Benchmark department index (88 component criteria)",
        "title_vi: Bộ tiêu chí thử hiệu năng (88 tiêu chí thành phần)",
        "source: generated by benchmarks/score_bench.py",
        f"years: [{YEAR}, {YEAR + 1}]",
        "unit_kind: department",
        "max: 100",
        "display: {places: 2, rounding: half-up}",
        "rank_on: exact",
        "bands:",
        "  - {name: A, min: 90}",
        "  - {name: B, min: 80}",
        "  - {name: C, min: 70}",
        "  - {name: D, min: 50}",
        "methods: [appraisal, survey, statistics]",
        "criteria:",
    ]
    cycle = 0
    for area_id, area_max, n_leaves, method, name, name_vi in AREAS:
        out += [f'  - id: "{area_id}"', f"    name: {name}", f"    name_vi: {name_vi}",
                f"    max: {area_max}"]
        if method:
            out.append(f"    method: {method}")
        out.append("    criteria:")
        quarters = area_max * 4  # leaf maxima in steps of 0.25
        maxima = [Decimal(quarters // n_leaves + (1 if i < quarters % n_leaves else 0)) / 4
                  for i in range(n_leaves)]
        groups = [4] * (n_leaves // 4)
        rest = n_leaves - 4 * len(groups)
        if rest:  # e.g. 10 leaves -> 4, 3, 3 ; 11 -> 4, 4, 3
            while rest < 3:
                groups[-1] -= 1
                rest += 1
            groups.append(rest)
        position = 0
        for g, size in enumerate(groups, start=1):
            crit_id = f"{area_id}.{g}"
            crit_maxima = maxima[position:position + size]
            position += size
            out += [f'      - id: "{crit_id}"', f"        name: Criterion {crit_id}",
                    f"        name_vi: Tiêu chí {crit_id}",
                    f"        max: {_num(sum(crit_maxima, ZERO))}"]
            if method is None:  # area 7 mixes methods across its criteria
                out.append(f"        method: {'appraisal' if g % 2 else 'statistics'}")
            out.append("        criteria:")
            for k, leaf_max in enumerate(crit_maxima, start=1):
                leaf_id = f"{crit_id}.{k}"
                kind = RULE_CYCLE[cycle % len(RULE_CYCLE)]
                cycle += 1
                leaf = Leaf(leaf_id, leaf_max, kind)
                lname, lname_vi = LEAF_NAMES[rng.randrange(len(LEAF_NAMES))]
                out += [f'          - id: "{leaf_id}"', f"            name: {lname}",
                        f"            name_vi: {lname_vi}", f"            max: {_num(leaf_max)}"]
                if kind == "points":
                    if rng.random() < 0.5:  # the default rule, sometimes written out
                        out.append("            rule: points")
                elif kind == "yes-no":
                    out.append("            rule: yes-no")
                elif kind == "choice":
                    options = CHOICE_OPTIONS[rng.randrange(len(CHOICE_OPTIONS))]
                    leaf.options = {k2: Decimal(v) for k2, v in options.items()}
                    shown = ", ".join(f"{k2}: {v}" for k2, v in options.items())
                    out += ["            rule: choice", f"            options: {{{shown}}}"]
                elif kind == "percent":
                    out.append("            rule: percent")
                elif kind == "percent-steps":
                    leaf.steps = [(Decimal(50), leaf_max / 4), (Decimal(80), leaf_max / 2),
                                  (Decimal(100), leaf_max)]
                    out += ["            rule: percent", "            steps:"]
                    out += [f"              - {{from: {_num(f)}, points: {_num(p)}}}"
                            for f, p in leaf.steps]
                elif kind == "count":
                    leaf.per = leaf_max / rng.choice([2, 4, 5])
                    out += ["            rule: count", f"            per: {_num(leaf.per)}"]
                elif kind == "count-deduct":
                    leaf.per = leaf_max / rng.choice([2, 4])
                    out += ["            rule: count", f"            per: {_num(leaf.per)}",
                            "            deduct: true"]
                leaves.append(leaf)
    assert len(leaves) == 88, len(leaves)
    assert sum((leaf.max for leaf in leaves), ZERO) == 100
    return leaves, "\n".join(out) + "\n"


def leaf_points(leaf: Leaf, value: str) -> Decimal | None:
    """docs/formats.md's leaf rules, written independently of par_cli: points of a value
    (None = n/a)."""
    if value == "n/a":
        return None
    if leaf.kind == "yes-no":
        return leaf.max if value == "yes" else ZERO
    if leaf.kind == "choice":
        return leaf.max * leaf.options[value]
    number = Decimal(value)
    if leaf.kind == "points":
        return number
    if leaf.kind == "percent":
        return leaf.max * number / 100
    if leaf.kind == "percent-steps":
        reached = [points for start, points in leaf.steps if start <= number]
        return reached[-1] if reached else ZERO
    if leaf.kind == "count":
        return min(leaf.max, leaf.per * number)
    return max(ZERO, leaf.max - leaf.per * number)  # count-deduct


# ---- submissions -------------------------------------------------------------------------------

DEPARTMENTS = [
    ("so-noi-vu", "Department of Home Affairs", "Sở Nội vụ", "SNV", "general-affairs"),
    ("so-tu-phap", "Department of Justice", "Sở Tư pháp", "STP", "general-affairs"),
    ("so-tai-chinh", "Department of Finance", "Sở Tài chính", "STC", "economic"),
    ("so-xay-dung", "Department of Construction", "Sở Xây dựng", "SXD", "infrastructure"),
    ("so-y-te", "Department of Health", "Sở Y tế", "SYT", "social"),
    ("so-giao-duc", "Department of Education and Training", "Sở Giáo dục và Đào tạo", "SGDĐT",
     "social"),
    ("so-cong-thuong", "Department of Industry and Trade", "Sở Công Thương", "SCT", "economic"),
]
PROVINCES = ["An Giang", "Bắc Ninh", "Cà Mau", "Cần Thơ", "Đà Nẵng", "Điện Biên", "Gia Lai",
             "Hà Nội", "Hải Phòng", "Huế", "Khánh Hòa", "Lâm Đồng", "Lào Cai", "Nghệ An",
             "Quảng Ninh", "Thanh Hóa", "Tây Ninh", "Vĩnh Long", "Hồ Chí Minh", "Đồng Nai"]
NOTES = [
    "two plan tasks finished after 31 December",
    "one draft was submitted outside the plan",
    "monitoring report lacks follow-up of two findings",
    "3 of 812 applications resolved late",
    "evidence sent after the appraisal deadline",
    "kế hoạch ban hành chậm 5 ngày",
    "báo cáo chưa đủ số liệu quý IV",
    "self-assessment counted documents issued in 2022",
]
DOC_KINDS = ["KH", "BC", "QĐ", "TTr", "KL", "CV"]


def _evidence(rng: random.Random, abbr: str) -> str:
    kind = rng.choice(DOC_KINDS)
    number = rng.randint(1, 999)
    if rng.random() < 0.3:
        words = {"KH": "Kế hoạch", "BC": "Báo cáo", "QĐ": "Quyết định", "TTr": "Tờ trình",
                 "KL": "Kết luận", "CV": "Công văn"}[kind]
        return f'"{words} {number}/{kind}-{abbr}"'
    return f"{number}/{kind}-{abbr}"


def _value(rng: random.Random, leaf: Leaf) -> str:
    """A plausible final value for a leaf, as YAML text."""
    if leaf.kind == "yes-no":
        return "yes" if rng.random() < 0.85 else "no"
    if leaf.kind == "choice":
        names = list(leaf.options)
        return names[0] if rng.random() < 0.6 else rng.choice(names)
    if leaf.kind == "points":
        steps = int(leaf.max * 20)
        return _num(Decimal(rng.randint(steps // 2, steps)) / 20)
    if leaf.kind in ("percent", "percent-steps"):
        if rng.random() < 0.35:
            return "100"
        return _num(Decimal(rng.randint(400, 1000)) / 10)
    if leaf.kind == "count":
        return str(rng.randint(0, 6))
    return str(rng.choice([0, 0, 0, 1, 1, 2, 3]))  # count-deduct: violations found


def _better(rng: random.Random, leaf: Leaf, final: str) -> str:
    """A self-assessed value at least as good as the appraised one (appraisal cuts scores)."""
    if leaf.kind == "yes-no":
        return "yes"
    if leaf.kind == "choice":
        return next(iter(leaf.options))
    if leaf.kind == "points":
        return _num(leaf.max)
    if leaf.kind in ("percent", "percent-steps"):
        return "100"
    if leaf.kind == "count":
        return str(int(final) + rng.randint(0, 2))
    return str(max(0, int(final) - 1))


def submission(index: int, leaves: list[Leaf]) -> tuple[str, str, Decimal, Decimal]:
    """(unit id, YAML text, expected points, expected applicable max) of unit number ``index``."""
    rng = random.Random(f"{SEED}:{index}")
    slug, name, name_vi, abbr, group = DEPARTMENTS[index % len(DEPARTMENTS)]
    province = PROVINCES[(index // len(DEPARTMENTS)) % len(PROVINCES)]
    unit = f"{slug}-{index:05d}"
    lines = [
        f"# Synthetic submission {index} for benchmarks/score_bench.py (seed {SEED}); "
        "not real data.",
        "format: par-submission/1",
        f"criteria: {SET_ID}",
        f"year: {YEAR}",
        f"unit: {unit}",
        f"name: {name} {index:05d}",
        f"name_vi: {name_vi} {province} {index:05d}",
        f"group: {group}",
    ]
    if rng.random() < 0.01:
        lines.append("ranked: false")
    lines.append("scores:")
    points = ZERO
    maximum = ZERO
    for leaf in leaves:
        key = f'  "{leaf.id}": '
        roll = rng.random()
        if roll < 0.05:
            final = "n/a"
            text = final
        elif roll < 0.06:
            final = "n/a"
            text = f'{{self: n/a, note: "{rng.choice(NOTES)}"}}'
        elif roll < 0.32:
            final = _value(rng, leaf)
            evidence = ", ".join(_evidence(rng, abbr) for _ in range(rng.choice([0, 1, 1, 2, 3])))
            parts = []
            if rng.random() < 0.5:
                parts += [f"self: {_better(rng, leaf, final)}", f"appraised: {final}"]
                if rng.random() < 0.7:
                    parts.append(f'note: "{rng.choice(NOTES)}"')
            else:
                parts.append(f"self: {final}")
            if evidence:
                parts.append(f"evidence: [{evidence}]")
            text = "{" + ", ".join(parts) + "}"
            if len(key) + len(text) > 100 and evidence:  # wrapped as people write it
                head, _, tail = text.rpartition(", evidence: ")
                text = f"{head},\n            evidence: {tail}"
        else:
            final = _value(rng, leaf)
            text = final
        value = leaf_points(leaf, final)
        if value is not None:
            points += value
            maximum += leaf.max
        lines.append(key + text)
    return unit, "\n".join(lines) + "\n", points, maximum


@dataclass
class Dataset:
    folder: Path
    files: list[Path]
    expected: dict[str, tuple[Decimal, Decimal]]  # unit -> (points, applicable max)


def generate(workdir: Path, units: int, leaves: list[Leaf]) -> Dataset:
    folder = workdir / f"submissions-{units}"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / ".complete"
    tag = f"{GENERATOR_VERSION} {SEED} {units}"
    reuse = stamp.exists() and stamp.read_text() == tag
    files: list[Path] = []
    expected: dict[str, tuple[Decimal, Decimal]] = {}
    for i in range(1, units + 1):
        unit, text, points, maximum = submission(i, leaves)
        path = folder / f"{unit}.yaml"
        if not reuse:
            path.write_text(text, encoding="utf-8")
        files.append(path)
        expected[unit] = (points, maximum)
    stamp.write_text(tag)
    return Dataset(folder, files, expected)


# ---- measurements ------------------------------------------------------------------------------

BARE_PARSE = r"""
import json, sys, time, yaml
files = [line for line in open(sys.argv[1], encoding="utf-8").read().splitlines() if line]
load, loader = yaml.load, yaml.CSafeLoader
start = time.perf_counter()
for name in files:
    with open(name, "rb") as handle:
        data = load(handle, Loader=loader)
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "files": len(files)}))
"""

# Runs par exactly as the console script does, then records its own and its children's peaks.
PAR_WRAPPER = r"""
import json, os, resource, sys
forks = [0]
os.register_at_fork(after_in_parent=lambda: forks.__setitem__(0, forks[0] + 1))
def _stats():
    with open(os.environ["PAR_BENCH_STATS"], "w") as handle:
        json.dump({"self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                   "children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                   "forks": forks[0]}, handle)
sys.argv[0] = "par"
from par_cli.cli import main
try:
    main()
finally:
    _stats()
"""


@dataclass
class ParRun:
    seconds: float
    exit_code: int
    main_mb: float
    worker_mb: float
    workers: int
    wait4_mb: float
    pss_mb: float | None
    output: bytes
    stderr: str

    @property
    def bound_mb(self) -> float:
        return self.main_mb + self.workers * self.worker_mb


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        return []


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class PssSampler(threading.Thread):
    """Samples the summed PSS of a process and its descendants; keeps the largest total."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak_kb = pid, interval, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            pids, todo = [], [self.pid]
            while todo:
                pid = todo.pop()
                pids.append(pid)
                todo += _children(pid)
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in pids))
            self.done.wait(self.interval)


def bare_parse(python: str, data: Dataset, workdir: Path) -> float:
    listing = workdir / f"files-{len(data.files)}.txt"
    listing.write_text("\n".join(str(p) for p in data.files) + "\n", encoding="utf-8")
    done = subprocess.run([python, "-c", BARE_PARSE, str(listing)], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"bare parse failed:\n{done.stderr}")
    result = json.loads(done.stdout)
    assert result["files"] == len(data.files)
    return float(result["seconds"])


def run_par(python: str, data: Dataset, criteria: Path, workdir: Path, jobs: int,
            sample_pss: bool) -> ParRun:
    output = workdir / f"score-{len(data.files)}-jobs{jobs}.json"
    stats = workdir / "par-stats.json"
    for stale in (output, stats):
        stale.unlink(missing_ok=True)
    command = [python, "-c", PAR_WRAPPER, "score", str(data.folder), "--criteria", str(criteria),
               "--format", "json", "--output", str(output), "--jobs", str(jobs)]
    env = dict(os.environ, PAR_BENCH_STATS=str(stats))
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(command, cwd=workdir, env=env, stdout=subprocess.DEVNULL,
                                stderr=err)
        sampler = PssSampler(proc.pid) if sample_pss else None
        if sampler:
            sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        if sampler:
            sampler.done.set()
            sampler.join()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    figures = json.loads(stats.read_text()) if stats.exists() else {}
    return ParRun(
        seconds=seconds,
        exit_code=proc.returncode,
        main_mb=figures.get("self_kb", 0) / 1024,
        worker_mb=figures.get("children_kb", 0) / 1024,
        workers=figures.get("forks", 0),
        wait4_mb=usage.ru_maxrss / 1024,
        pss_mb=sampler.peak_kb / 1024 if sampler else None,
        output=output.read_bytes() if output.exists() else b"",
        stderr=stderr,
    )


def verify(run: ParRun, data: Dataset, jobs: int) -> list[str]:
    """Reasons the run's output is wrong (empty when it looks right)."""
    what = f"par score --jobs {jobs} on {len(data.files)} units"
    if run.exit_code != 0:
        return [f"{what}: exit code {run.exit_code}\n{run.stderr[-2000:]}"]
    try:
        report = json.loads(run.output, parse_float=Decimal)
    except ValueError as e:
        return [f"{what}: output is not JSON ({e})"]
    problems = []
    units = report.get("units", [])
    if report.get("criteria", {}).get("id") != SET_ID or report.get("year") != YEAR:
        problems.append(f"{what}: wrong criteria set or year in the output")
    if len(units) != len(data.files):
        problems.append(f"{what}: {len(units)} units in the JSON, expected {len(data.files)}")
    wrong = [u["unit"] for u in units
             if data.expected.get(u["unit"]) != (Decimal(u["points"]), Decimal(u["max"]))]
    if wrong:
        problems.append(f"{what}: points or max differ from the generator's for {len(wrong)} "
                        f"unit(s), e.g. {wrong[:3]}")
    if any(len(u.get("nodes", [])) != len(AREAS) for u in units):
        problems.append(f"{what}: some unit does not list its {len(AREAS)} areas")
    if sum(1 for u in units if u.get("rank") is not None) == 0:
        problems.append(f"{what}: no unit has a rank")
    # main peak vs. wait4's view of the whole tree: wait4 gives max(main, workers).
    if run.main_mb and abs(run.wait4_mb - max(run.main_mb, run.worker_mb)) > 1:
        problems.append(f"{what}: memory figures disagree (wait4 {run.wait4_mb:.1f} MB, "
                        f"main {run.main_mb:.1f} MB, workers {run.worker_mb:.1f} MB)")
    return problems


# ---- report ------------------------------------------------------------------------------------


@dataclass
class Row:
    units: int
    bare: float
    par_all: ParRun
    par_one: ParRun


def _slope(points: list[tuple[int, float]]) -> float:
    """Least-squares MB per 1,000 units."""
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    den = sum((x - mean_x) ** 2 for x, _ in points)
    return 1000 * sum((x - mean_x) * (y - mean_y) for x, y in points) / den if den else 0.0


def _revision(package: Path) -> str:
    """Where par_cli was imported from and, for this repository's, the commit measured."""
    if package != REPO / "par_cli":
        return f"par_cli imported from {package}"
    try:
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "par_cli"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown revision"
    return f"par_cli at {head}{' + uncommitted changes' if dirty else ''}"


def print_report(rows: list[Row], cores: int, sample_pss: bool, repeat: int,
                 revision: str, load: tuple[float, float]) -> None:
    workers = max((r.par_all.workers for r in rows), default=0)
    print()
    print(f"par score vs. bare PyYAML CSafeLoader parse ({cores} cores, best of {repeat}; "
          f"times in seconds, memory in MiB)")
    print(f"{revision}; load average {load[0]:.2f} before, {load[1]:.2f} after "
          "(other work on the machine skews the times)")
    header = (f"{'units':>6} | {'bare parse':>10} | {'jobs=all':>8} | {'ratio':>5} | "
              f"{'jobs=1':>7} | {'ratio':>5} | {'RSS j=1':>7} | "
              f"{'RSS j=all: main + ' + str(workers) + 'x worker = bound':>32}")
    if sample_pss:
        header += f" | {'PSS j=all':>9}"
    print(header)
    print("-" * len(header))
    for r in rows:
        a, o = r.par_all, r.par_one
        line = (f"{r.units:>6} | {r.bare:>10.3f} | {a.seconds:>8.3f} | "
                f"{a.seconds / r.bare:>5.2f} | {o.seconds:>7.3f} | {o.seconds / r.bare:>5.2f} | "
                f"{o.main_mb:>7.1f} | "
                f"{f'{a.main_mb:.1f} + {a.workers}x{a.worker_mb:.1f} = {a.bound_mb:.1f}':>32}")
        if sample_pss:
            line += f" | {a.pss_mb or 0:>9.1f}"
        print(line)
    print()
    print("RSS j=1: peak RSS of the single par process (getrusage RUSAGE_SELF at exit).")
    print("RSS j=all: par's own peak + workers x the largest worker peak (RUSAGE_CHILDREN is a "
          "max), an upper bound: forked workers' RSS counts pages shared with the parent.")
    if sample_pss:
        print("PSS j=all: largest summed PSS of par and its workers, sampled every 20 ms.")
    if len(rows) >= 2:
        series = {"jobs=1": [(r.units, r.par_one.main_mb) for r in rows],
                  "jobs=all bound": [(r.units, r.par_all.bound_mb) for r in rows]}
        for label, pts in series.items():
            slope = _slope(pts)
            fixed = pts[0][1] - slope * pts[0][0] / 1000
            worst = max(abs(y - (fixed + slope * x / 1000)) for x, y in pts)
            print(f"memory {label}: ~{fixed:.0f} MiB + {slope:.1f} MiB per 1,000 units "
                  f"(largest deviation from that line {worst:.1f} MiB)")
    print()
    verdicts = []
    for r in rows:
        if r.units in SPEED_GOAL_UNITS:
            ratio = r.par_all.seconds / r.bare
            ok = ratio <= float(GOAL_RATIO)
            verdicts.append(ok)
            print(f"speed goal, {r.units} units: par score (jobs=all) {r.par_all.seconds:.2f} s = "
                  f"{ratio:.2f}x bare parse {r.bare:.2f} s -> "
                  f"{'MET' if ok else 'NOT MET'} (goal <= {GOAL_RATIO}x)")
    missing = [u for u in SPEED_GOAL_UNITS if u not in {r.units for r in rows}]
    if missing:
        print(f"speed goal: not measured for {missing} units")
    big = [r for r in rows if r.units == 10000]
    if big:
        peak = max(big[0].par_all.bound_mb, big[0].par_one.main_mb)
        ok = peak < GOAL_MEMORY_MIB
        verdicts.append(ok)
        print(f"memory goal, 10000 units: peak {peak:.0f} MiB (largest of jobs=1 and the jobs=all "
              f"bound) -> {'MET' if ok else 'NOT MET'} (goal < {GOAL_MEMORY_MIB} MiB)")
    else:
        print("memory goal: not measured (run with --units ... 10000)")
    if not verdicts:
        print("VERDICT: no goal measured (the goals are about 5000 and 10000 units)")
    else:
        print(f"VERDICT: {'every measured goal met' if all(verdicts) else 'goals NOT met'}")


# ---- main --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, nargs="+", default=[5000, 10000],
                        help="numbers of submissions to score (default: 5000 10000)")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="where to write the files (default: a temporary folder under "
                        "benchmarks/out/, removed afterwards unless --keep)")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--repeat", type=int, default=1,
                        help="measure each figure this many times and report the best")
    parser.add_argument("--python", default=None,
                        help="interpreter with par installed (default: .venv/bin/python of the "
                        "repository when present, else this interpreter)")
    parser.add_argument("--sample-pss", action="store_true",
                        help="also sample the summed PSS of par and its workers every 20 ms")
    args = parser.parse_args(argv)
    if args.repeat < 1 or any(u < 1 for u in args.units):
        parser.error("--repeat and --units must be positive")
    venv_python = REPO / ".venv" / "bin" / "python"
    python = args.python or (str(venv_python) if venv_python.exists() else sys.executable)
    probe = subprocess.run(
        [python, "-c", "import yaml, par_cli; print(yaml.__with_libyaml__, par_cli.__file__)"],
        capture_output=True, text=True, check=False, cwd=tempfile.gettempdir())
    libyaml, _, package_file = probe.stdout.strip().partition(" ")
    if probe.returncode != 0 or libyaml != "True":
        sys.exit(f"{python}: needs par_cli and PyYAML built with libyaml (CSafeLoader)\n"
                 f"{probe.stderr}")

    created = args.workdir is None
    if created:
        OUT.mkdir(parents=True, exist_ok=True)
        workdir = Path(tempfile.mkdtemp(prefix="score-bench-", dir=OUT))
    else:
        workdir = args.workdir.resolve()
        workdir.mkdir(parents=True, exist_ok=True)
    cores = os.cpu_count() or 1
    failures: list[str] = []
    try:
        leaves, criteria_text = build_leaves()
        criteria = workdir / "criteria-set" / f"{SET_ID}.yaml"
        criteria.parent.mkdir(exist_ok=True)
        criteria.write_text(criteria_text, encoding="utf-8")
        checked = subprocess.run([python, "-m", "par_cli", "check", str(criteria)], cwd=workdir,
                                 capture_output=True, text=True, check=False)
        if checked.returncode != 0:
            sys.exit(f"par check {criteria} failed:\n{checked.stdout}{checked.stderr}")
        kinds = sorted({leaf.kind for leaf in leaves})
        print(f"criteria {criteria}: {len(leaves)} leaves ({', '.join(kinds)}); par check: ok",
              file=sys.stderr)
        revision = _revision(Path(package_file).parent)
        load_before = os.getloadavg()[0]
        rows: list[Row] = []
        for units in args.units:
            began = time.perf_counter()
            data = generate(workdir, units, leaves)
            size = sum(p.stat().st_size for p in data.files)
            print(f"{units} submissions in {data.folder} ({size / 1048576:.1f} MiB, written in "
                  f"{time.perf_counter() - began:.1f} s)", file=sys.stderr)
            for path in data.files:  # warm the page cache once for every measurement alike
                path.read_bytes()
            bare: list[float] = []
            runs: dict[int, list[ParRun]] = {0: [], 1: []}
            for attempt in range(args.repeat):
                bare.append(bare_parse(python, data, workdir))
                for jobs in (0, 1):
                    run = run_par(python, data, criteria, workdir, jobs, args.sample_pss)
                    failures += verify(run, data, jobs)
                    runs[jobs].append(run)
                    print(f"  [{attempt + 1}/{args.repeat}] jobs={jobs or 'all'}: "
                          f"{run.seconds:.2f} s, exit {run.exit_code}", file=sys.stderr)
                if runs[0][-1].output != runs[1][-1].output:
                    failures.append(f"{units} units: jobs=all and jobs=1 outputs differ")
            print(f"  bare parse best {min(bare):.3f} s", file=sys.stderr)
            rows.append(Row(units, min(bare), min(runs[0], key=lambda r: r.seconds),
                            min(runs[1], key=lambda r: r.seconds)))
        print_report(rows, cores, args.sample_pss, args.repeat, revision,
                     (load_before, os.getloadavg()[0]))
    finally:
        if created and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            print(f"files kept in {workdir}", file=sys.stderr)
    if failures:
        print("\nOUTPUT CHECK FAILED:", file=sys.stderr)
        for failure in failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    print("output check: every run exited 0, listed every unit with the expected points and max, "
          "and jobs=all matched jobs=1 byte for byte")
    return 0


if __name__ == "__main__":
    sys.exit(main())
