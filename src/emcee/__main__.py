"""``python -m emcee`` and the ``emcee`` command."""

from __future__ import annotations

import sys


def main() -> int:
    from emcee.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
