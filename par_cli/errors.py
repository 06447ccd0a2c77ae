"""The ParError hierarchy and the exit codes every command uses."""

from __future__ import annotations

from collections.abc import Sequence

from par_cli.problems import Problem

EXIT_OK = 0
EXIT_PROBLEMS = 1  # the inputs have problems (file content)
EXIT_USAGE = 2  # the command could not run (bad option, missing path, unreadable file)


class ParError(Exception):
    """Base of every error the CLI catches and turns into an exit code.

    ``notes`` carries what the run noticed before it failed (skipped files), so it still
    reaches the user.
    """

    exit_code = EXIT_PROBLEMS
    notes: Sequence[str] = ()


class UsageError(ParError):
    """The command cannot run: a path that does not exist, a file that cannot be read."""

    exit_code = EXIT_USAGE


class InputProblems(ParError):
    """The inputs have problems; each one is located."""

    exit_code = EXIT_PROBLEMS

    def __init__(self, problems: list[Problem], summary: str = "") -> None:
        self.problems = sorted(problems)
        super().__init__(summary or f"{len(problems)} problem(s) in the inputs")


class RunError(ParError):
    """A whole-run problem with the inputs that no single line locates (exit 1)."""

    exit_code = EXIT_PROBLEMS


class UnreadableFiles(InputProblems):
    """Files that could not be read (exit 2, which wins), with every problem of the files that
    could: one run reports everything, and a file that cannot be read is never skipped."""

    exit_code = EXIT_USAGE
