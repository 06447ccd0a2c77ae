"""The ParError hierarchy and the exit codes every command uses.

An error carries messages (never text): the CLI says them in the reader's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from par_cli.choices import Lang
from par_cli.messages import Message
from par_cli.problems import Problem

EXIT_OK = 0
EXIT_PROBLEMS = 1  # the inputs have problems (file content)
EXIT_USAGE = 2  # the command could not run (bad option, missing path, unreadable file)


class ParError(Exception):
    """Base of every error the CLI catches and turns into an exit code.

    ``notes`` carries what the run noticed before it failed (skipped files), so it still
    reaches the user. Several messages are said joined by "; ".
    """

    exit_code = EXIT_PROBLEMS
    notes: Sequence[Message] = ()

    def __init__(self, *messages: Message) -> None:
        self.messages = messages
        super().__init__(self.say(Lang.EN))

    def say(self, lang: Lang) -> str:
        return "; ".join(m.say(lang) for m in self.messages)


class UsageError(ParError):
    """The command cannot run: a path that does not exist, a file that cannot be read."""

    exit_code = EXIT_USAGE


class InputProblems(ParError):
    """The inputs have problems; each one is located."""

    exit_code = EXIT_PROBLEMS

    def __init__(self, problems: list[Problem], *summary: Message) -> None:
        self.problems = sorted(problems)
        super().__init__(*(summary or (Message.of("run.problems", count=len(problems)),)))


class RunError(ParError):
    """A whole-run problem with the inputs that no single line locates (exit 1)."""

    exit_code = EXIT_PROBLEMS


class UnreadableFiles(InputProblems):
    """Files that could not be read (exit 2, which wins), with every problem of the files that
    could: one run reports everything, and a file that cannot be read is never skipped."""

    exit_code = EXIT_USAGE
