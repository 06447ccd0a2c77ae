"""The bounds that protect memory and time when reading files (each has a CLI option to raise
it; docs/limits.md). A light module: the CLI builds one without importing the YAML loader."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that protect memory and time; each has a CLI option to raise it."""

    max_bytes: int = 20 * 1024 * 1024
    max_depth: int = 64
    max_alias_nodes: int = 100_000
    # Values, lists and mappings in one file. A 19 MB file of one-letter list items holds 6.6
    # million of them and took 23 s and 3.2 GB to load; no real criteria or submission file
    # holds more than a few thousand.
    max_nodes: int = 1_000_000


DEFAULT_LIMITS = Limits()

# The deepest --max-depth (1000 levels of YAML) makes walks that recurse a few times a level;
# the command line and its worker processes allow this much recursion (pure Python calls).
DEEP_RECURSION = 20_000
