"""``vaccinnet-bdd steps``: the step catalogue, every step as a QA engineer types it."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser("steps", help="print every step of the library, with an example (in Dutch)")
    parser.add_argument("--format", choices=("text", "markdown", "json", "html"), default="text")
    parser.add_argument(
        "--usage",
        action="store_true",
        help="per step: how many scenarios use it and its median duration in the last run; unused steps last",
    )
    parser.add_argument(
        "--reports", type=Path, default=None, help="the report folder of the run to take durations from (reports/)"
    )
    return parser


def main(args: argparse.Namespace, extra: list[str]) -> int:
    from vaccinnet_bdd.harness.library import of_project
    from vaccinnet_bdd.livingdoc.catalogue import FORMATS, entries
    from vaccinnet_bdd.project import project_root

    root = project_root()
    library = of_project(root)
    if not args.usage:
        print(FORMATS[args.format](entries(library)))
        return 0
    from vaccinnet_bdd.livingdoc import usage

    if args.format not in ("text", "json"):
        print("--usage kent de vormen text en json")
        return 2
    ndjson = (args.reports or root / "reports") / "cucumber.ndjson"
    found = usage.usage(sorted((root / "features").rglob("*.feature")), root, library, ndjson)
    shown = (ndjson.relative_to(root) if ndjson.is_relative_to(root) else ndjson) if ndjson.is_file() else None
    print(usage.as_json(found) if args.format == "json" else usage.as_text(found, shown))
    return 0
