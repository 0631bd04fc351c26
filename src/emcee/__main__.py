"""``python -m emcee`` and the ``emcee`` command."""

from __future__ import annotations

import os
import sys


def main() -> int:
    from emcee.cli import main as cli_main

    if sys.stdout is None or sys.stderr is None:  # the windowed build: no console
        from emcee.no_console import run_without_console

        return run_without_console(cli_main, sys.argv[1:])
    try:
        return cli_main(sys.argv[1:])
    except BrokenPipeError:
        # `emcee check x.toml | head`: the reader left; say nothing more, no traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
