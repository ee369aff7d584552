"""``vaccinnet-bdd``: the manual suite, the mock portals and the tools around them."""

from __future__ import annotations

import argparse
import importlib
import sys

# Each subcommand is a module of this package with ``add_parser(subparsers)`` and ``main(args, extra)``.
COMMANDS = ("run", "serve", "steps", "check_manual", "bench", "soak", "figures", "trace")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="vaccinnet-bdd", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    modules = {}
    for name in COMMANDS:
        module = importlib.import_module(f"{__package__}.{name}")
        modules[module.add_parser(sub).prog.split()[-1]] = module
    args, extra = parser.parse_known_args(argv)
    module = modules[args.command]
    if extra and not getattr(module, "PASSES_ON", False):
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    sys.exit(module.main(args, extra))
