"""A long fuzz run of the loader, the checks and ``par check`` (the suite runs a short one).

It runs the property and fuzz tests of tests/test_fuzz.py with fresh random examples, round after
round, until the time is up:

- ``load_text``: raw YAML text (corpus files mutated with YAML syntax, strings of YAML pieces,
  arbitrary text) -> ``load_text`` and, when it loads, the same checks as ``par check``;
- ``decode``: raw bytes (text in eight encodings, corpus files with bytes spliced in, noise);
- ``load_file+check``: the same bytes written to a file -> ``load_file`` and ``check_run``;
- ``invalid-criteria`` / ``invalid-submission``: generated valid documents made invalid
  (wrong type, unknown field, required field deleted, out of range, a key written twice) must
  be rejected with located problems;
- ``round-trip-criteria`` / ``round-trip-submission``: generated documents written to YAML load
  back to the same model and pass every check.

The only exceptions allowed are the documented ones (``OSError`` from ``load_file``,
``ParError`` from ``check_run``); every problem must be located (line, col >= 1) on one line.
A failure is shrunk by Hypothesis, printed, and its input saved under
benchmarks/out/fuzz-failures/; the exit code is then 1.

Run from the repository root:  .venv/bin/python benchmarks/fuzz_long.py --minutes 10
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

import test_fuzz  # noqa: E402  (tests/test_fuzz.py: the bodies of the tests are reused)
from fuzz.generators import criteria_sets, raw_bytes, yaml_texts  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.errors import HypothesisException  # noqa: E402

OUT = REPO / "benchmarks" / "out" / "fuzz-failures"


def body(test: Any) -> Callable[..., None]:
    """The undecorated body of a Hypothesis test."""
    inner: Callable[..., None] = test.hypothesis.inner_test
    return inner


Target = tuple[tuple[st.SearchStrategy[Any], ...], Callable[..., None]]


def targets(workdir: Path) -> dict[str, Target]:
    seeds = test_fuzz.SEEDS
    return {
        "load_text": ((yaml_texts(seeds),), body(test_fuzz.test_fuzz_load_text)),
        "decode": ((raw_bytes(seeds),), body(test_fuzz.test_fuzz_decode)),
        "load_file+check": ((raw_bytes(seeds),),
                            functools.partial(body(test_fuzz.test_fuzz_load_file_and_check),
                                              workdir)),
        "invalid-criteria": ((st.data(),),
                             body(test_fuzz.test_invalid_criteria_set_is_rejected_with_located_problems)),
        "invalid-submission": ((st.data(),),
                               body(test_fuzz.test_invalid_submission_is_rejected_with_located_problems)),
        "round-trip-criteria": ((criteria_sets(), st.sampled_from([False, True, None])),
                                body(test_fuzz.test_criteria_set_round_trips_through_yaml)),
        "round-trip-submission": ((st.data(),),
                                  body(test_fuzz.test_submission_round_trips_through_yaml)),
    }


def _counted(run: Callable[..., None], name: str, counts: dict[str, int],
             last: list[Any]) -> Callable[[tuple[Any, ...]], None]:
    """The target's body, counting its examples and keeping the last input (after shrinking,
    the minimal failing one)."""

    def counted(args: tuple[Any, ...]) -> None:
        counts[name] += 1
        last[:] = args
        run(*args)

    return counted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="how long to run (default 5)")
    parser.add_argument("--round", type=int, default=200,
                        help="examples per target before moving to the next one (default 200)")
    parser.add_argument("--only", action="append", default=[],
                        help="run only this target (repeatable)")
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="par-fuzz-"))
    chosen = {name: target for name, target in targets(workdir).items()
              if not options.only or name in options.only}
    counts = dict.fromkeys(chosen, 0)
    failures: list[str] = []
    started = time.monotonic()
    deadline = started + options.minutes * 60
    rounds = 0
    while time.monotonic() < deadline and chosen:
        rounds += 1
        for name, (strategies, run) in list(chosen.items()):
            if time.monotonic() >= deadline:
                break
            last: list[Any] = []
            test = settings(max_examples=options.round, deadline=None, database=None,
                            derandomize=False, suppress_health_check=list(HealthCheck),
                            print_blob=True)(given(st.tuples(*strategies))(
                                _counted(run, name, counts, last)))
            try:
                test()
            except HypothesisException:  # the harness is wrong, not the code under test
                raise
            except Exception:  # a failure of the property: report it, keep its input, go on
                failures.append(name)
                print(f"\n=== {name}: FAILED (after shrinking, the input below)", flush=True)
                traceback.print_exc()
                OUT.mkdir(parents=True, exist_ok=True)
                saved = OUT / f"{name}-{len(failures)}.txt"
                saved.write_text(repr(last), encoding="utf-8")
                print(f"input saved to {saved}", flush=True)
                del chosen[name]  # one failure per target is enough to act on
        elapsed = time.monotonic() - started
        print(f"round {rounds}: {sum(counts.values())} examples in {elapsed:.0f} s", flush=True)

    elapsed = time.monotonic() - started
    print(f"\nfuzz_long: {elapsed / 60:.1f} minutes, {rounds} rounds")
    print(f"{'target':<24}{'examples':>10}  result")
    for name, count in counts.items():
        print(f"{name:<24}{count:>10}  {'FAILED' if name in failures else 'ok'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
