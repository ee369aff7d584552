"""``vaccinnet-bdd``: the manual suite, the mock portals and the tools around them."""

from __future__ import annotations

import argparse
import importlib
import sys

# Each subcommand is a module with ``add_parser(subparsers)`` and ``main(args, extra)``: of this package,
# or of the subpackage that owns the capability (the figures, from step to index, own their command).
COMMANDS = (
    "vaccinnet_bdd.cli.run",
    "vaccinnet_bdd.cli.serve",
    "vaccinnet_bdd.cli.steps",
    "vaccinnet_bdd.cli.editor",
    "vaccinnet_bdd.cli.check_manual",
    "vaccinnet_bdd.cli.diff_manual",
    "vaccinnet_bdd.cli.check_features",
    "vaccinnet_bdd.cli.lint_features",
    "vaccinnet_bdd.cli.merge_reports",
    "vaccinnet_bdd.cli.rules",
    "vaccinnet_bdd.cli.rule_mutants",
    "vaccinnet_bdd.cli.bench",
    "vaccinnet_bdd.cli.soak",
    "vaccinnet_bdd.figures.command",
    "vaccinnet_bdd.cli.trace",
)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="vaccinnet-bdd", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    modules = {}
    for name in COMMANDS:
        module = importlib.import_module(name)
        modules[module.add_parser(sub).prog.split()[-1]] = module
    args, extra = parser.parse_known_args(argv)
    module = modules[args.command]
    if extra and not getattr(module, "PASSES_ON", False):
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    sys.exit(module.main(args, extra))
