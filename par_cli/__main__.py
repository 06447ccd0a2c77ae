"""Entry point for ``python -m par_cli``."""

from par_cli.cli import main

main()
