"""``vaccinnet-bdd steps``: the step catalogue, every step as a QA engineer types it."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser("steps", help="print every step of the library, with an example (in Dutch)")
    parser.add_argument("--format", choices=("text", "markdown", "json", "html"), default="text")
    return parser


def main(args: argparse.Namespace, extra: list[str]) -> int:
    from vaccinnet_bdd.harness.library import of_project
    from vaccinnet_bdd.livingdoc.catalogue import FORMATS, entries
    from vaccinnet_bdd.project import project_root

    print(FORMATS[args.format](entries(of_project(project_root()))))
    return 0
